package app.attune.security.ui;

import app.attune.security.SessionPolicy;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SessionPolicy sessions, Clock clock, RequestUtil vaadinRequests) throws Exception {
        // Our own matchers come before Vaadin's, which makes everything else require a signed-in user.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .denyAll()
                .requestMatchers("/styles/**", "/images/**")
                .permitAll()
                // the clinic website's booking API: open to all, its checks are in BookingService
                .requestMatchers("/api/public/**")
                .permitAll()
                // a therapist's calendar feed: calendar apps can't sign in, the secret in the address is the key
                .requestMatchers("/calendar-feed/**")
                .permitAll()
                // the error dispatch of an unknown address; NotFoundRedirect turns it into the friendly page
                .requestMatchers("/error")
                .permitAll());
        // The API acts for nobody signed in, so a forged cross-site request can do nothing a direct one couldn't, and
        // the website has no CSRF token to send. Vaadin's own requests carry Vaadin's own token. Everything else keeps
        // Spring's, the sign-in form's post included: Vaadin would exempt the login path, which lets another site sign
        // a visitor's browser into an account of its choosing (login CSRF). The form sends the page's token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/public/**")
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                // Written before the request is handled: Vaadin's page responses bypass the lazy writer.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // Vaadin's client engine needs inline and eval'd script and inline styles (see its CSP docs);
                // everything else comes from this origin only, and no other site may frame Attune.
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                // Links carry single-use tokens in their paths; no other site may learn them from a Referer.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                // Sent only over HTTPS, so behind a TLS-terminating proxy set server.forward-headers-strategy.
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        // The sign-in form and the code page both post to /login; the details carry the code and the waiting sign-in.
        http.formLogin(form ->
                form.authenticationDetailsSource(SignInDetails::new).failureHandler(new SignInFailureHandler(clock)));
        // Spring Security's default already gives the session a new id at sign-in (changeSessionId); said here so
        // that nobody turns it off by accident.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new SessionPolicyFilter(sessions, clock), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
