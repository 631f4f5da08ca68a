package app.attune.security.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Our own matchers come before Vaadin's, which makes everything else require a signed-in user.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // the clinic website's booking API: open to all, its checks are in BookingService
                .requestMatchers("/api/public/**").permitAll()
                // a therapist's calendar feed: calendar apps can't sign in, the secret in the address is the key
                .requestMatchers("/calendar-feed/**").permitAll()
                // the error dispatch of an unknown address; NotFoundRedirect turns it into the friendly page
                .requestMatchers("/error").permitAll());
        // The API acts for nobody signed in, so a forged cross-site request can do nothing a direct one couldn't, and
        // the website has no CSRF token to send. Vaadin adds its own exemptions to this list; the rest keep the token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/public/**"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
