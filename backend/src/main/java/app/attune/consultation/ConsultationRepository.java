package app.attune.consultation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, UUID> {

    Optional<Consultation> findByManageTokenHash(String manageTokenHash);

    boolean existsByReference(String reference);

    /** Whether this email already has a consultation booked that hasn't happened yet. */
    @Query(value = """
            select exists (select 1 from consultation c join appointment a on a.id = c.appointment_id
                           where c.email = cast(:email as citext) and a.status = 'BOOKED' and a.starts_at > :now)""",
            nativeQuery = true)
    boolean hasUpcoming(String email, Instant now);
}
