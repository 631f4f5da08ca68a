package app.attune.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    /** Emails match whatever their case: the parameter is cast so PostgreSQL compares as citext. */
    @Query(value = "select * from app_user where email = cast(:email as citext)", nativeQuery = true)
    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findByIdInAndEnabledTrueOrderByDisplayName(Collection<UUID> ids);

    @Query("select new app.attune.security.SessionState(u.enabled, u.sessionsRevokedAt)"
            + " from UserAccount u where u.id = :id")
    Optional<SessionState> sessionsRevokedAt(UUID id);

    /** Records a time step's code as used; 0 rows when that step or a later one was used already. */
    @Modifying
    @Query(
            value = "update app_user set totp_last_step = :step where id = :id and totp_enabled_at is not null"
                    + " and (totp_last_step is null or totp_last_step < :step)",
            nativeQuery = true)
    int useStep(UUID id, long step);

    @Modifying
    @Query("update UserAccount u set u.sessionsRevokedAt = :at where u.id = :id")
    int revokeSessions(UUID id, Instant at);
}
