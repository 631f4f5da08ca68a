package app.attune.security.ui;

import app.attune.security.PendingSecondFactor;
import app.attune.security.SecondFactorRequiredException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a sign-in goes when it isn't finished: to the code page when the password was right and a code is needed (or
 * a code was wrong and may be tried again), otherwise back to the sign-in form with the reason.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final Clock clock;
    private final SimpleUrlAuthenticationFailureHandler toLogin =
            new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof SecondFactorRequiredException needed) {
            request.getSession().setAttribute(SignInDetails.PENDING, needed.pending());
            response.sendRedirect(request.getContextPath() + "/login/code");
            return;
        }
        var session = request.getSession(false);
        if (request.getParameter("code") != null
                && session != null
                && session.getAttribute(SignInDetails.PENDING) instanceof PendingSecondFactor pending) {
            var next = pending.afterWrongCode();
            if (next.open(clock.instant())) {
                session.setAttribute(SignInDetails.PENDING, next);
                response.sendRedirect(request.getContextPath() + "/login/code?error");
                return;
            }
            session.removeAttribute(SignInDetails.PENDING);
            response.sendRedirect(request.getContextPath() + "/login?code-expired");
            return;
        }
        toLogin.onAuthenticationFailure(request, response, exception);
    }
}
