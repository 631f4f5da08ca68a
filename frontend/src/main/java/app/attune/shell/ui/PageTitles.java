package app.attune.shell.ui;

import app.attune.base.ClinicService;
import app.attune.outage.DatabaseAway;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * Makes every page follow the person's language: {@code @PageTitle} values are message keys, translated here
 * after each navigation, and right-to-left languages turn the page around.
 *
 * @see "docs/decisions/003-translated-titles-and-menus.md"
 */
@Component
class PageTitles implements VaadinServiceInitListener {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    private final ClinicService clinics;

    PageTitles(ClinicService clinics) {
        this.clinics = clinics;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setDirection(direction(ui.getLocale()));
            // Vaadin writes the raw @PageTitle value during navigation; ours is written just before the response,
            // so the translated title is the one the browser gets.
            ui.addAfterNavigationListener(nav -> {
                String title = title(ui, nav);
                ui.beforeClientResponse(ui, context -> ui.getPage().setTitle(title));
            });
        });
    }

    static Direction direction(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    }

    private String title(UI ui, AfterNavigationEvent nav) {
        String clinic = clinicName();
        return nav.getActiveChain().stream()
                .map(c -> AnnotationUtils.findAnnotation(c.getClass(), PageTitle.class))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(t -> ui.getTranslation(t.value()) + (clinic.isEmpty() ? "" : " · " + clinic))
                .orElse(clinic);
    }

    private String clinicName() {
        try {
            return clinics.clinic().name();
        } catch (RuntimeException e) {
            // While the database is away the calm page still gets a title, without the clinic's name.
            if (DatabaseAway.explains(e)) {
                return "";
            }
            throw e;
        }
    }
}
