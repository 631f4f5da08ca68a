package app.attune.scheduling.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A panel that another feature adds to the therapist's "Today", such as overdue notes or clients whose practice has
 * slipped, so that scheduling need not depend on those features. Implementations are Spring beans.
 */
public interface TodayPanel {

    /** Where the panel sits below the day's appointments: lower comes first. */
    int order();

    /** The panel for the signed-in therapist, or empty when it has nothing to say today. */
    Optional<Component> content();
}
