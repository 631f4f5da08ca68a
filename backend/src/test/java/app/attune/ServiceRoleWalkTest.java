package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The role matrix at run time: every guarded public service method is called as a visitor, a client, a therapist and
 * an admin, and Spring Security must refuse exactly the roles its rule leaves out. This catches a rule that is written
 * but not enforced (a method called around its proxy, a bean that isn't proxied). Each call runs in a transaction
 * that is rolled back, so calls that are let through change nothing. Every refusal must leave exactly one
 * {@code ACCESS_DENIED} row, by that role, in the audit log (written in a transaction of its own, so it stays).
 */
@IntegrationTest
@ActiveProfiles("demo")
class ServiceRoleWalkTest {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final List<String> ROLES = List.of("ANONYMOUS", "CLIENT", "THERAPIST", "ADMIN");

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private long refusalsBy(String role) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_role = ?", Long.class, role);
    }

    private Person client;
    private Person therapist;
    private Person admin;

    /** One person of each role, of this test's own: a client with a portal login, their therapist, an admin. */
    @BeforeEach
    void onePersonOfEachRole() {
        var clinic = new TestClinic(context);
        therapist = clinic.therapist("Leila Moradi");
        client = clinic.portalLogin(clinic.clientOf(therapist, "Zoë Tremblay"));
        admin = clinic.admin();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Authentication as(String role) {
        return switch (role) {
            case "CLIENT" -> signedIn(client.email());
            case "THERAPIST" -> signedIn(therapist.email());
            case "ADMIN" -> signedIn(admin.email());
            default ->
                new AnonymousAuthenticationToken(
                        "walk", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        };
    }

    private Authentication signedIn(String email) {
        var user = users.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Test
    void every_guarded_service_method_refuses_exactly_the_roles_its_rule_leaves_out() {
        var mismatches = new ArrayList<String>();
        int calls = 0;
        var rollback = new TransactionTemplate(transactions);
        for (String name : context.getBeanNamesForAnnotation(Service.class)) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("app.attune")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                var rule = method.getAnnotation(PreAuthorize.class);
                if (rule == null
                        || !Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Set<String> allowed = allowed(rule.value());
                for (String role : ROLES) {
                    calls++;
                    SecurityContextHolder.getContext().setAuthentication(as(role));
                    long audited = refusalsBy(role);
                    boolean refused = refusedByItsRule(rollback, bean, method);
                    if (refused == allowed.contains(role)) {
                        mismatches.add(type.getSimpleName() + "." + method.getName() + " as " + role + ": "
                                + (refused ? "refused, but its rule allows it" : "let through, but its rule doesn't"));
                    } else if (refused && refusalsBy(role) != audited + 1) {
                        mismatches.add(type.getSimpleName() + "." + method.getName() + " as " + role + ": refused with "
                                + (refusalsBy(role) - audited) + " ACCESS_DENIED rows, not one");
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(300);
        assertThat(mismatches).isEmpty();
    }

    /** Whether Spring Security's method rule refused the call; any other outcome means the rule let it through. */
    private static boolean refusedByItsRule(TransactionTemplate rollback, Object bean, Method method) {
        Object[] args = new Object[method.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = OtherOwnersIdsTest.harmless(method.getParameterTypes()[i]);
        }
        try {
            Method target = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
            return Boolean.TRUE.equals(rollback.execute(status -> {
                status.setRollbackOnly();
                try {
                    target.invoke(bean, args);
                    return false;
                } catch (InvocationTargetException e) {
                    return e.getCause() instanceof AuthorizationDeniedException;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            // The call itself failed and took its transaction down: not a refusal by the rule.
            return e instanceof AuthorizationDeniedException;
        }
    }

    private static Set<String> allowed(String rule) {
        var roles = new TreeSet<String>();
        if (rule.contains("isAuthenticated()")) {
            roles.addAll(List.of("CLIENT", "THERAPIST", "ADMIN"));
        }
        var matcher = ROLE.matcher(rule);
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return roles;
    }
}
