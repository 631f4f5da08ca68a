package app.attune.client;

import java.time.Clock;
import org.springframework.stereotype.Component;

@Component
class PortalStatus {

    private final PortalInvitationRepository invitations;
    private final Clock clock;

    PortalStatus(PortalInvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    ClientDetails.PortalAccess of(Client client) {
        if (client.getUserId() != null) {
            return ClientDetails.PortalAccess.ACTIVE;
        }
        return invitations
                .findOpen(client.getId())
                .map(i -> i.isExpired(clock.instant())
                        ? ClientDetails.PortalAccess.INVITATION_EXPIRED
                        : ClientDetails.PortalAccess.INVITED)
                .orElse(ClientDetails.PortalAccess.NONE);
    }
}
