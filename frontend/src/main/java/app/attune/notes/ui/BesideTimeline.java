package app.attune.notes.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * A panel that another feature shows beside a client's themes timeline, such as the practices their recent barrier
 * themes suggest, so that notes need not depend on that feature. Implementations are Spring beans.
 */
public interface BesideTimeline {

    /** The panel for one client, or empty when there is nothing to show. */
    Optional<Component> content(UUID clientId);
}
