package app.attune.client;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PortalInvitationRepository extends JpaRepository<PortalInvitation, UUID> {

    @Query(
            "select i from PortalInvitation i where i.clientId = :clientId and i.acceptedAt is null and i.revokedAt is null")
    Optional<PortalInvitation> findOpen(UUID clientId);

    Optional<PortalInvitation> findByTokenHash(String tokenHash);

    // Locked, so a double-clicked "set password" accepts once.
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from PortalInvitation i where i.tokenHash = :tokenHash")
    Optional<PortalInvitation> lockByTokenHash(String tokenHash);
}
