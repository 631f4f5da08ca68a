package app.attune.security.ui;

import app.attune.base.ClinicService;
import app.attune.security.SignInThrottledException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("title.login")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    /** Why the person is here again: signed out for being idle, everywhere, or after a password change. */
    /** The query parameters that choose the notice above the form; {@link SecurityNavigation} writes them. */
    static final String SIGNED_OUT = "signed-out";

    static final String RESET = "reset";

    private static final Set<String> NOTICES = Set.of("idle", "lifetime", "revoked", "everywhere");

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, ClinicService clinics) {
        this.authentication = authentication;
        addClassName("attune-login");
        form.setAction("login");
        // A plain link rather than the form's own button: it works before the page's script has loaded, too.
        form.setForgotPasswordButtonVisible(false);
        var forgot = new RouterLink(getTranslation("login.forgot"), ForgotPasswordView.class);
        forgot.addClassName("attune-forgot");
        form.setI18n(i18n());
        notice.addClassName("attune-callout");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        add(new H1(clinics.clinic().name()), new Paragraph(getTranslation("login.intro")), notice, form, forgot);
        // A browser closed without signing out, or signed out by the idle timer: clear what it kept for Attune.
        addAttachListener(e -> LocalTraces.clear(e.getUI().getPage()));
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(LandingView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        showNotice(parameters);
        boolean failed = parameters.containsKey("error");
        if (failed && lastFailure() instanceof SignInThrottledException throttled) {
            var i18n = i18n();
            long minutes = throttled.minutesToWait();
            i18n.getErrorMessage()
                    .setMessage(
                            minutes == 1
                                    ? getTranslation("login.throttled.one")
                                    : getTranslation("login.throttled.many", minutes));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    private void showNotice(Map<String, List<String>> parameters) {
        String key = null;
        if (parameters.containsKey(SIGNED_OUT)) {
            String reason = parameters.get(SIGNED_OUT).stream().findFirst().orElse("");
            key = "login.signed-out." + (NOTICES.contains(reason) ? reason : "other");
        } else if (parameters.containsKey(RESET)) {
            key = "login.reset";
        } else if (parameters.containsKey("code-expired")) {
            key = "login.code-expired";
        }
        notice.setVisible(key != null);
        if (key != null) {
            notice.setText(getTranslation(key));
        }
    }

    /** Spring Security keeps the reason of the last failed sign-in in the session for the page it redirects to. */
    private static @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
