package app.attune.security.ui;

import app.attune.security.AttuneUser;
import app.attune.security.SessionPolicy;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;

/**
 * Signs an idle person out before someone else can read their screen, with a warning a minute before. The page
 * watches for input and tells the server at most every 20 seconds that someone is there; the server keeps its own
 * count ({@link SessionPolicyFilter}), so a closed laptop or a stopped script changes nothing. Tabs share the time of
 * the last input, so a busy tab keeps a forgotten one open.
 */
final class IdleWatch extends Div {

    private static final String SCRIPT = """
            const host = $0, idleMs = $1, warnMs = $2, pingMs = 20000, key = 'attune.last-activity';
            if (window.__attuneIdle) { clearInterval(window.__attuneIdle.timer); }
            const state = window.__attuneIdle = { last: Date.now(), host: host, timer: null, done: false };
            localStorage.setItem(key, String(state.last));
            const countdown = host.querySelector('.attune-idle-countdown');
            const seen = () => {
              const now = Date.now();
              if (now - state.last >= pingMs || host.hasAttribute('data-open')) {
                state.last = now;
                localStorage.setItem(key, String(now));
                host.removeAttribute('data-open');
                state.host.$server.active();
              }
            };
            if (!window.__attuneIdleListening) {
              window.__attuneIdleListening = true;
              ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(type =>
                document.addEventListener(type, () => window.__attuneIdle && window.__attuneIdle.seen(), true));
            }
            state.seen = seen;
            state.timer = setInterval(() => {
              const shared = Number(localStorage.getItem(key)) || 0;
              if (shared > state.last) { state.last = shared; host.removeAttribute('data-open'); }
              const left = idleMs - (Date.now() - state.last);
              if (left <= 0) {
                if (!state.done) { state.done = true; clearInterval(state.timer); host.$server.timedOut(); }
              } else if (left <= warnMs) {
                const s = Math.ceil(left / 1000);
                countdown.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                host.setAttribute('data-open', '');
              }
            }, 1000);
            """;

    private final AuthenticationContext authentication;
    private final SessionPolicy policy;
    private final Clock clock;

    IdleWatch(AuthenticationContext authentication, SessionPolicy policy, Clock clock) {
        this.authentication = authentication;
        this.policy = policy;
        this.clock = clock;
        addClassName("attune-idle-warning");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-live", "assertive");
        var countdown = new Span("1:00");
        countdown.addClassName("attune-idle-countdown");
        var text = new Paragraph(
                new Span(getTranslation("idle.warning.before") + " "),
                countdown,
                new Span(" " + getTranslation("idle.warning.after")));
        var stay = new Button(getTranslation("idle.stay"), e -> active());
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, stay);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        authentication
                .getAuthenticatedUser(AttuneUser.class)
                .ifPresent(user -> getElement()
                        .executeJs(
                                SCRIPT,
                                getElement(),
                                policy.idleTimeout(user.role()).toMillis(),
                                policy.warningBefore().toMillis()));
    }

    /** The person is there: their session's idle time starts again. */
    @ClientCallable
    void active() {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(SessionPolicyFilter.LAST_ACTIVITY, clock.instant());
        }
    }

    /**
     * The page saw no input for the whole idle time. Signing out early is always safe, so the page's word is enough.
     */
    @ClientCallable
    void timedOut() {
        var user = authentication.getAuthenticatedUser(AttuneUser.class);
        if (user.isEmpty()) {
            return;
        }
        policy.signedOut(user.get(), true);
        authentication.logout();
        getUI().ifPresent(ui -> ui.getPage().setLocation(SecurityNavigation.loginSignedOut("idle")));
    }
}
