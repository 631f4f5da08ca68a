package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.scheduling.Repeat;
import app.attune.scheduling.SessionMode;
import app.attune.scheduling.SessionRequest;
import app.attune.scheduling.SessionService;
import app.attune.scheduling.SessionType;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.WindowKind;
import app.attune.test.IntegrationTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;

/**
 * The generated half of the role matrix: every public service method a therapist may call that takes a record's id
 * is called by another therapist (Sam) with the id of one of Leila's records, and must refuse and leave an
 * ACCESS_DENIED row in the audit log. The kind of record an id names is read from the parameter's name (clientId,
 * noteId…) or, for a bare {@code id}, from the service; the other arguments are harmless values.
 */
@IntegrationTest
@ActiveProfiles("demo")
class OtherOwnersIdsTest {

    /** Ids that don't name another owner's record: a therapist's own calendar, say, is chosen by the signed-in user. */
    private static final Set<String> NOT_RECORD_IDS = Set.of("therapistId", "themeId", "practiceId", "concernId");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionService sessions;

    @Autowired
    AvailabilityService availability;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * One record of each kind that Leila, a therapist of this test's own, holds: a client with a booked session, a
     * note, a practice assigned with a completion, a working window and a day off.
     */
    private Map<String, UUID> leilasRecords(TestClinic clinic, Person leila) {
        UUID client = clinic.clientOf(leila, "Zoë Tremblay").id();
        UUID appointment = clinic.as(
                leila,
                () -> sessions.book(
                                new SessionRequest(
                                        client,
                                        LocalDate.of(2031, 7, 8),
                                        LocalTime.of(10, 0),
                                        SessionType.INDIVIDUAL,
                                        null,
                                        SessionMode.IN_PERSON,
                                        null,
                                        "Room 2",
                                        Repeat.NEVER,
                                        null,
                                        null),
                                false)
                        .booked()
                        .getFirst());
        UUID note = jdbc.queryForObject(
                "insert into session_note (client_id, therapist_id, template) values (?, ?, 'FREE') returning id",
                UUID.class,
                client,
                leila.id());
        UUID assignment = jdbc.queryForObject("""
                insert into assignment (client_id, therapist_id, practice_id, frequency, starts_on, status)
                select ?, ?, id, 'DAILY', current_date, 'ACTIVE' from practice
                where title = 'Box breathing' and owner_id is null
                returning id""", UUID.class, client, leila.id());
        UUID completion = jdbc.queryForObject("""
                insert into completion (assignment_id, done_at, distress_before, distress_after, idempotency_key)
                values (?, now(), 6, 3, gen_random_uuid()) returning id""", UUID.class, assignment);
        clinic.as(leila, () -> {
            availability.addWindow(
                    leila.id(), WindowKind.WORKING, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
            return null;
        });
        UUID window = jdbc.queryForObject(
                "select id from availability_window where therapist_id = ? limit 1", UUID.class, leila.id());
        UUID timeOff = jdbc.queryForObject(
                "insert into time_off (therapist_id, first_day, last_day)"
                        + " values (?, date '2031-07-01', date '2031-07-02') returning id",
                UUID.class,
                leila.id());
        return Map.of(
                "client",
                client,
                "appointment",
                appointment,
                "note",
                note,
                "assignment",
                assignment,
                "completion",
                completion,
                "window",
                window,
                "timeoff",
                timeOff);
    }

    @Test
    void every_method_taking_a_record_id_refuses_another_therapists_record_and_audits_the_refusal() {
        var clinic = new TestClinic(context);
        var records = leilasRecords(clinic, clinic.therapist("Leila Moradi"));
        clinic.signIn(clinic.therapist("Sam Okafor"));
        var outcomes = new TreeMap<String, String>();
        int walked = 0;
        for (String name : context.getBeanNamesForAnnotation(Service.class)) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("app.attune")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || !therapistMayCall(method)
                        || recordParameter(type, method) == null) {
                    continue;
                }
                walked++;
                String kind = recordParameter(type, method);
                String what = type.getSimpleName() + "." + method.getName() + "(" + kind + ")";
                outcomes.put(what, call(bean, method, type, records));
            }
        }
        var failures = outcomes.entrySet().stream()
                .filter(e -> !e.getValue().equals("refused and audited"))
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        assertThat(walked).as("methods walked").isGreaterThan(20);
        assertThat(failures)
                .as("methods that did not refuse Leila's record to Sam, of %s walked", walked)
                .isEmpty();
    }

    private String call(Object bean, Method method, Class<?> type, Map<String, UUID> records) {
        Object[] args = new Object[method.getParameterCount()];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < args.length; i++) {
            String kind = kindOf(type, parameters[i]);
            args[i] = kind != null ? records.get(kind) : harmless(parameters[i].getType());
        }
        int before = deniedRows();
        try {
            Method target = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
            Object result = target.invoke(bean, args);
            return "allowed, returned " + describe(result);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AccessDeniedException) {
                return deniedRows() > before ? "refused and audited" : "refused but not audited";
            }
            return "failed with " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        } catch (ReflectiveOperationException e) {
            return "could not be called: " + e;
        }
    }

    private int deniedRows() {
        Integer n =
                jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Integer.class);
        return n == null ? 0 : n;
    }

    private static boolean therapistMayCall(Method method) {
        var rule = method.getAnnotation(PreAuthorize.class);
        return rule != null
                && (rule.value().contains("'THERAPIST'") || rule.value().contains("isAuthenticated()"));
    }

    private static String recordParameter(Class<?> type, Method method) {
        for (Parameter p : method.getParameters()) {
            String kind = kindOf(type, p);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** The kind of record a UUID parameter names, or null for a parameter that names no owned record. */
    private static String kindOf(Class<?> type, Parameter p) {
        if (p.getType() != UUID.class || NOT_RECORD_IDS.contains(p.getName())) {
            return null;
        }
        String name = p.getName();
        if (name.equals("id")) {
            String service = type.getSimpleName().toLowerCase();
            return service.contains("note")
                    ? "note"
                    : service.contains("assignment")
                            ? "assignment"
                            : service.contains("session") || service.contains("appointment") ? "appointment" : "client";
        }
        String kind = name.replaceAll("Id$", "").toLowerCase();
        return switch (kind) {
            case "session", "appointment" -> "appointment";
            case "client", "note", "assignment", "completion", "window", "timeoff" -> kind;
            default -> "client";
        };
    }

    static Object harmless(Class<?> type) {
        if (type == String.class) {
            return "A reason";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == LocalDate.class) {
            return LocalDate.now();
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.now();
        }
        if (type == LocalTime.class) {
            return LocalTime.NOON;
        }
        if (type == Instant.class) {
            return Instant.now();
        }
        if (type == YearMonth.class) {
            return YearMonth.now();
        }
        if (type == ZoneId.class) {
            return ZoneId.of("America/Halifax");
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 10);
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (List.class.isAssignableFrom(type) || type == Collection.class) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return record(type);
        }
        return null;
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i].isRecord() ? null : harmless(types[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(Object result) {
        if (result == null) {
            return "nothing";
        }
        if (result instanceof Collection<?> c) {
            return c.size() + " items";
        }
        if (result instanceof Optional<?> o) {
            return o.isPresent() ? "a value" : "an empty optional";
        }
        return result.getClass().getSimpleName();
    }
}
