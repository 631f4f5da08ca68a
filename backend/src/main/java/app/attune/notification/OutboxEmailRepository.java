package app.attune.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxEmailRepository extends JpaRepository<OutboxEmail, UUID> {

    /**
     * Locks the due emails it returns until the caller's transaction ends. Another sender, in this instance or
     * another, skips locked rows instead of waiting for them, so it takes the next emails and never the same ones.
     */
    @Query(value = """
            select * from outbox_email
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboxEmail> claimDue(Instant now, int limit);
}
