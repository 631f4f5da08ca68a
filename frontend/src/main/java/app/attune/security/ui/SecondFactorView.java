package app.attune.security.ui;

import app.attune.security.PendingSecondFactor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. A plain form posted to the
 * sign-in address, so Spring Security finishes the sign-in exactly as it does for a password (new session id, audit).
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("title.login-code")
@AnonymousAllowed
class SecondFactorView extends Main implements BeforeEnterObserver {

    private final Clock clock;

    SecondFactorView(Clock clock) {
        this.clock = clock;
        addClassName("attune-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent();
        if (!(session.getSession().getAttribute(SignInDetails.PENDING) instanceof PendingSecondFactor pending)
                || !pending.open(clock.instant())) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("login-code.heading")), new Paragraph(getTranslation("login-code.intro")));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var error = new Paragraph(
                    getTranslation("login-code.wrong", PendingSecondFactor.MAX_TRIES - pending.wrongCodes()));
            error.addClassName("attune-form-error");
            error.getElement().setAttribute("role", "alert");
            add(error);
        }
        getElement().appendChild(form(pending.email()));
        add(
                new Paragraph(getTranslation("login-code.recovery")),
                new Paragraph(new Anchor(SecurityNavigation.loginLocation(), getTranslation("login-code.back"))));
    }

    private Element form(String email) {
        var form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login");
        form.getClassList().add("attune-code-form");
        var label = new NativeLabel(getTranslation("login-code.label"));
        label.setFor("code");
        var code = new Input();
        code.setId("code");
        code.getElement().setAttribute("name", "code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("required", true);
        code.getElement().setAttribute("autofocus", true);
        code.getElement().setAttribute("maxlength", "30");
        code.getElement().setAttribute("spellcheck", "false");
        var submit = new NativeButton(getTranslation("login-code.submit"));
        submit.getElement().setAttribute("type", "submit");
        form.appendChild(label.getElement(), code.getElement(), hidden("username", email), hidden("password", ""));
        var request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            form.appendChild(hidden(csrf.getParameterName(), csrf.getToken()));
        }
        form.appendChild(submit.getElement());
        return form;
    }

    private static Element hidden(String name, String value) {
        var input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        return input;
    }
}
