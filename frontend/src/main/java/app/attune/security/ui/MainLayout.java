package app.attune.security.ui;

import app.attune.base.ClinicService;
import app.attune.security.AttuneUser;
import app.attune.security.Role;
import app.attune.security.SessionPolicy;
import app.attune.security.TwoFactor;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/** The one frame around every signed-in screen. The menu lists only the views the person's role may open. */
@Layout
@PermitAll
class MainLayout extends AppLayout implements BeforeEnterObserver {

    /** Set once the person has two-step sign-in or needn't have it, so later navigations skip the question. */
    static final String TWO_FACTOR_SETTLED = "attune.two-factor-settled";

    private final AuthenticationContext authentication;
    private final TwoFactor twoFactor;

    MainLayout(
            AuthenticationContext authentication,
            ClinicService clinics,
            TwoFactor twoFactor,
            SessionPolicy sessions,
            Clock clock) {
        this.authentication = authentication;
        this.twoFactor = twoFactor;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        var clinicName = new Span(clinics.clinic().name());
        clinicName.addClassName("attune-clinic-name");
        addToNavbar(toggle, clinicName);

        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("attune-brand");
        addToDrawer(brand, new Scroller(menu()), account(authentication));
        addToNavbar(new IdleWatch(authentication, sessions, clock));
    }

    /** When the clinic requires two-step sign-in, a staff member without it sets it up before anything else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent();
        if (event.getNavigationTarget() == AccountView.class
                || session == null
                || session.getAttribute(TWO_FACTOR_SETTLED) != null) {
            return;
        }
        boolean staff = authentication
                .getAuthenticatedUser(AttuneUser.class)
                .map(u -> u.role() != Role.CLIENT)
                .orElse(false);
        if (staff && twoFactor.status().mustEnrol()) {
            event.forwardTo(AccountView.class);
            return;
        }
        session.setAttribute(TWO_FACTOR_SETTLED, Boolean.TRUE);
    }

    private SideNav menu() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        // @Menu titles are message keys, so the menu follows the person's language.
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Div account(AuthenticationContext authentication) {
        var name = new Span(authentication
                .getAuthenticatedUser(AttuneUser.class)
                .map(AttuneUser::displayName)
                .orElse(""));
        name.addClassName("attune-user-name");
        var security = new RouterLink(getTranslation("layout.account"), AccountView.class);
        security.addClassName("attune-account-link");
        var signOut = new Button(getTranslation("layout.sign-out"), e -> {
            // Before the page goes: what this browser kept for Attune goes with the session.
            LocalTraces.clear(e.getSource().getUI().orElseThrow().getPage());
            authentication.logout();
        });
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box = new Div(name, security, signOut);
        box.addClassName("attune-account");
        return box;
    }
}
