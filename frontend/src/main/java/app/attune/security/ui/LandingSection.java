package app.attune.security.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A section that another feature adds to the clinic's public landing page, such as the therapists' profiles, so
 * that security need not depend on that feature. Implementations are Spring beans.
 */
@NamedInterface("landing")
public interface LandingSection {

    /** Where the section sits below the welcome: lower comes first. */
    int order();

    /** The section, built for the visitor who opens the page. */
    Component content();
}
