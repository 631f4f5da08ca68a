package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The clinic's role matrix, held in {@code role-matrix.txt}: who may open each screen and call each public
 * service method. Every route and every public method of every service must have a line, so nothing new slips in
 * without someone deciding who may use it, and the code's annotations must say exactly what the line says. Which
 * record a caller may touch is proven by {@code OtherOwnersIdsTest} (backend), which calls every method that takes a
 * record id with another therapist's id, and by each feature's own tests.
 */
class RoleMatrixTest {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Test
    void every_route_and_public_service_method_has_an_expected_audience_and_the_code_grants_exactly_that()
            throws IOException {
        var expected = expectations();
        var actual = new TreeMap<String, String>();
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.attune");
        for (var javaClass : classes) {
            Class<?> type = javaClass.reflect();
            if (type.isAnnotationPresent(Route.class)) {
                actual.put("route /" + type.getAnnotation(Route.class).value(), audience(type));
            }
            if (type.isAnnotationPresent(Service.class)) {
                for (Method m : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                        actual.put("service " + type.getSimpleName() + "." + m.getName(), audience(m));
                    }
                }
            }
        }
        var missing = new ArrayList<String>();
        var wrong = new ArrayList<String>();
        actual.forEach((what, who) -> {
            if (!expected.containsKey(what)) {
                missing.add(what + " = " + who);
            } else if (!expected.get(what).equals(who)) {
                wrong.add(what + ": expected " + expected.get(what) + " but the code allows " + who);
            }
        });
        var gone = new TreeSet<>(expected.keySet());
        gone.removeAll(actual.keySet());
        assertThat(missing)
                .as("routes and service methods with no line in role-matrix.txt")
                .isEmpty();
        assertThat(wrong).as("lines of role-matrix.txt the code disagrees with").isEmpty();
        assertThat(gone)
                .as("lines of role-matrix.txt for routes or methods that no longer exist")
                .isEmpty();
    }

    /** Who a view admits: anyone, anyone signed in, or the listed roles. */
    private static String audience(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return "anyone";
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return "signed-in";
        }
        if (view.isAnnotationPresent(RolesAllowed.class)) {
            return String.join(
                    ",",
                    new TreeSet<>(
                            Arrays.asList(view.getAnnotation(RolesAllowed.class).value())));
        }
        return "nobody";
    }

    /** Who a service method admits, from its @PreAuthorize; without one it is open to its callers (the code). */
    private static String audience(Method method) {
        var rule = method.getAnnotation(PreAuthorize.class);
        if (rule == null) {
            return "unguarded";
        }
        if (rule.value().strip().equals("isAuthenticated()")) {
            return "signed-in";
        }
        var roles = new TreeSet<String>();
        var matcher = ROLE.matcher(rule.value());
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return String.join(",", roles);
    }

    static Map<String, String> expectations() throws IOException {
        var map = new LinkedHashMap<String, String>();
        try (InputStream in = RoleMatrixTest.class.getResourceAsStream("/role-matrix.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (String line : lines) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int eq = text.lastIndexOf(" = ");
                map.put(text.substring(0, eq).strip(), text.substring(eq + 3).strip());
            }
        }
        return map;
    }
}
