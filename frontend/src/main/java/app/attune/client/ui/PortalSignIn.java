package app.attune.client.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in a client who has just set their portal password, so they land in their own space without typing it again.
 * The session is renewed first, so a session id known before sign-in is worth nothing after it.
 */
@Component
class PortalSignIn {

    private final UserDetailsService users;
    private final ApplicationEventPublisher events;

    PortalSignIn(UserDetailsService users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    void signIn(String email) {
        var user = users.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository()
                .saveContext(
                        context,
                        VaadinServletRequest.getCurrent().getHttpServletRequest(),
                        VaadinServletResponse.getCurrent().getHttpServletResponse());
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
    }
}
