package app.attune.consultation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, UUID> {

    Optional<Consultation> findByManageTokenHash(String manageTokenHash);

    boolean existsByReference(String reference);

    /** The consultation this email has booked that hasn't happened yet, if any (the soonest, should there be two). */
    @Query(value = """
            select c.* from consultation c join appointment_times a on a.id = c.appointment_id
            where c.email = cast(:email as citext) and a.status = 'BOOKED' and a.starts_at > :now
            order by a.starts_at limit 1""", nativeQuery = true)
    Optional<Consultation> findUpcoming(String email, Instant now);
}
