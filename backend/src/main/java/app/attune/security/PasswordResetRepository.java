package app.attune.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r where r.tokenHash = :hash")
    Optional<PasswordReset> lockByTokenHash(String hash);

    @Query("select count(r) from PasswordReset r where r.userId = :userId and r.createdAt > :since")
    long countSince(UUID userId, Instant since);

    /** Spends every other open link of the account, so an older email can't be used after a reset. */
    @Modifying
    @Query("update PasswordReset r set r.usedAt = :now where r.userId = :userId and r.usedAt is null")
    int spendAll(UUID userId, Instant now);
}
