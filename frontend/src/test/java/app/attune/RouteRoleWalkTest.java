package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The role matrix for screens, at run time: for each role, every registered route is put to the same access control
 * that guards real navigation, with the person's real principal and roles, and the decision must match the route's
 * line in {@code role-matrix.txt}. Every refused route is then navigated to for real, and must leave exactly one
 * {@code ACCESS_DENIED} row naming its path and the role. (Asking the access control alone, as menus do, writes none.)
 */
@FrontendTest
class RouteRoleWalkTest extends SpringBrowserlessTest {

    @Autowired
    NavigationAccessControl accessControl;

    @Autowired
    JdbcTemplate jdbc;

    private long refusals(String role, String path) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'ACCESS_DENIED' and actor_role = ? and record_type = 'route' and record_id = ?""", Long.class, role, path);
    }

    private List<String> mismatches(String role) throws IOException {
        var expected = RoleMatrixTest.expectations();
        var wrong = new ArrayList<String>();
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).hasSizeGreaterThan(25);
        for (var route : routes) {
            String line = "route /" + route.getTemplate();
            String audience = expected.get(line);
            if (audience == null) {
                wrong.add(line + ": no line in role-matrix.txt");
                continue;
            }
            boolean shouldOpen = audience.equals("anyone")
                    || (!role.equals("ANONYMOUS")
                            && (audience.equals("signed-in")
                                    || List.of(audience.split(",")).contains(role)));
            String path = route.getTemplate()
                    .replaceAll(":[A-Za-z]+(\\([^)]*\\))?", UUID.randomUUID().toString());
            var context = accessControl.createNavigationContext(
                    route.getNavigationTarget(), path, VaadinService.getCurrent(), VaadinRequest.getCurrent());
            long audited = refusals(role, "/" + path);
            boolean opens = accessControl.checkAccess(context, false).decision() == AccessCheckDecision.ALLOW;
            if (opens != shouldOpen) {
                wrong.add(line + " as " + role + ": " + (opens ? "opens" : "refused") + ", expected "
                        + (shouldOpen ? "open" : "refused"));
            } else if (!opens) {
                if (refusals(role, "/" + path) != audited) {
                    wrong.add(line + " as " + role + ": asking the access control wrote an audit row");
                }
                navigate(path, Component.class);
                if (refusals(role, "/" + path) != audited + 1) {
                    wrong.add(line + " as " + role + ": refused with " + (refusals(role, "/" + path) - audited)
                            + " ACCESS_DENIED rows, not one");
                }
            }
        }
        return wrong;
    }

    @Test
    @WithAnonymousUser
    void a_visitor_opens_exactly_the_public_screens() throws IOException {
        assertThat(mismatches("ANONYMOUS")).isEmpty();
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_opens_exactly_the_client_screens() throws IOException {
        assertThat(mismatches("CLIENT")).isEmpty();
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void a_therapist_opens_exactly_the_therapist_screens() throws IOException {
        assertThat(mismatches("THERAPIST")).isEmpty();
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void an_admin_opens_exactly_the_admin_screens() throws IOException {
        assertThat(mismatches("ADMIN")).isEmpty();
    }
}
