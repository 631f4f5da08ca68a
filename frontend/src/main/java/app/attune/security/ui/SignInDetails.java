package app.attune.security.ui;

import app.attune.security.PendingSecondFactor;
import app.attune.security.SecondStep;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** A sign-in request's address, plus the code and waiting sign-in of a second step. */
final class SignInDetails extends WebAuthenticationDetails implements SecondStep {

    static final String PENDING = "attune.pending-second-factor";

    private final @Nullable String code;
    private final transient @Nullable PendingSecondFactor pending;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
        var session = request.getSession(false);
        this.pending =
                session == null ? null : session.getAttribute(PENDING) instanceof PendingSecondFactor p ? p : null;
    }

    @Override
    public @Nullable String code() {
        return code;
    }

    @Override
    public @Nullable PendingSecondFactor pending() {
        return pending;
    }

    /** Neither the code nor the waiting sign-in belongs in a log line. */
    @Override
    public String toString() {
        return "SignInDetails[" + (code == null ? "password" : "code") + "]";
    }
}
