package app.attune.security.ui;

import app.attune.security.AccountSessions;
import app.attune.security.AttuneUser;
import app.attune.security.PasswordChange;
import app.attune.security.Role;
import app.attune.security.TwoFactor;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's own sign-in: two-step sign-in for staff, changing the password, signing out everywhere, and
 * the clinic's policy.
 */
@Route("account")
@PageTitle("title.account")
@PermitAll
class AccountView extends Main {

    AccountView(
            AuthenticationContext authentication,
            TwoFactor twoFactor,
            AccountSessions sessions,
            PasswordChange passwords) {
        addClassName("attune-page");
        var user = authentication.getAuthenticatedUser(AttuneUser.class).orElseThrow();
        add(new H1(getTranslation("account.heading")), new Paragraph(getTranslation("account.intro")));
        if (user.role() != Role.CLIENT) {
            add(new TwoFactorPanel(
                    twoFactor, () -> VaadinSession.getCurrent().setAttribute(MainLayout.TWO_FACTOR_SETTLED, null)));
        }
        add(new PasswordChangePanel(passwords, () -> {
            authentication.logout();
            getUI().ifPresent(ui -> ui.getPage().setLocation(SecurityNavigation.loginAfterReset()));
        }));
        add(everywhere(authentication, sessions));
        if (user.role() == Role.ADMIN) {
            add(policy(twoFactor));
        }
    }

    private Section everywhere(AuthenticationContext authentication, AccountSessions sessions) {
        var button = new Button(getTranslation("account.everywhere.button"), e -> {
            var confirm = new ConfirmDialog(
                    getTranslation("account.everywhere.heading"),
                    getTranslation("account.everywhere.confirm"),
                    getTranslation("account.everywhere.button"),
                    ok -> {
                        sessions.signOutEverywhere();
                        authentication.logout();
                        getUI().ifPresent(ui ->
                                ui.getPage().setLocation(SecurityNavigation.loginSignedOut("everywhere")));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("account.everywhere.keep"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        var section = new Section(
                new H2(getTranslation("account.everywhere.heading")),
                new Paragraph(getTranslation("account.everywhere.text")),
                button);
        section.addClassName("attune-panel");
        return section;
    }

    private Section policy(TwoFactor twoFactor) {
        var require = new Checkbox(getTranslation("account.policy.require"), twoFactor.requiredForStaff());
        require.addClassName("attune-policy-choice");
        var save = new Button(getTranslation("account.policy.save"), e -> {
            twoFactor.requireForStaff(require.getValue());
            FormProblems.success(getTranslation("account.policy.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var section = new Section(
                new H2(getTranslation("account.policy.heading")),
                new Paragraph(getTranslation("account.policy.text")),
                new Div(require, save));
        section.addClassName("attune-panel");
        return section;
    }
}
