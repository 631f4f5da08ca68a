package app.attune.consultation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.attune.FrontendTest;
import app.attune.consultation.BookingProperties;
import app.attune.test.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clinic website's booking API over real HTTP. The shared application runs on the real clock, so every test takes
 * its times from the API's own answer. Each visitor sends from a loopback address of their own (127.0.0.x), so the
 * per-address rate limit of one test never touches another's.
 */
@FrontendTest
class PublicBookingApiTest {

    private static final ZoneId HALIFAX = ZoneId.of("America/Halifax");
    private static final Pattern ISO_WITH_OFFSET =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?[+-]\\d\\d:\\d\\d");
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);
    private static final AtomicInteger NEXT_PERSON = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookingProperties limits;

    private final JsonMapper json = JsonMapper.builder().build();
    private final GreenMail mail = TestMailServer.greenMail();
    private final List<HttpClient> clients = new ArrayList<>();
    private HttpClient visitor;

    @BeforeEach
    void newVisitor() {
        visitor = visitor();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(HttpClient::close);
    }

    private HttpClient visitor() {
        return clientFrom("127.0.0." + NEXT_ADDRESS.getAndIncrement());
    }

    private HttpClient clientFrom(String address) {
        try {
            var client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(InetAddress.getByName(address))
                    .build();
            clients.add(client);
            return client;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        // 127.0.0.1 rather than localhost: a loopback source address needs an IPv4 destination.
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return visitor.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Object body, String... headers) throws Exception {
        return post(visitor, path, json.writeValueAsString(body), headers);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static String person() {
        return "visitor" + NEXT_PERSON.incrementAndGet() + "@example.org";
    }

    private static LocalDate today() {
        return LocalDate.now(HALIFAX);
    }

    private List<JsonNode> freeSlots(String therapistId) throws Exception {
        var response = get("/api/public/consultation-slots?from=" + today() + "&to=" + today().plusDays(61)
                + (therapistId == null ? "" : "&therapistId=" + therapistId));
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response).get("slots").valueStream().toList();
    }

    private Map<String, Object> booking(JsonNode slot, String email) {
        return booking(slot.get("therapistId").asString(), slot.get("start").asString(), email);
    }

    private static Map<String, Object> booking(String therapistId, String start, String email) {
        var body = new LinkedHashMap<String, Object>();
        body.put("therapistId", therapistId);
        body.put("start", start);
        body.put("name", "Amal Haddad");
        body.put("email", email);
        body.put("phone", "902 555 0170");
        body.put("message", "I have been feeling anxious since moving here.");
        body.put("consent", true);
        body.put("timeZone", "America/Toronto");
        return body;
    }

    // A time on the quarter-hour grid a week ago: valid in form but never offered, so it gets as far as the limits.
    private String lastWeek() {
        return today().minusDays(7)
                .atTime(LocalTime.of(10, 0))
                .atZone(HALIFAX)
                .toOffsetDateTime()
                .toString();
    }

    private String leila() throws Exception {
        return body(get("/api/public/therapists"))
                .valueStream()
                .filter(t -> t.get("displayName").asString().equals("Leila Moradi"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private List<String> errorFields(HttpResponse<String> response) {
        return body(response)
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    private MimeMessage emailTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain(address).length > 0);
        return mail.getReceivedMessagesForDomain(address)[0];
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof MimeMultipart parts
                ? (String) parts.getBodyPart(0).getContent()
                : (String) content;
    }

    private List<String> textsTo(String address) throws Exception {
        var texts = new ArrayList<String>();
        for (var message : mail.getReceivedMessagesForDomain(address)) {
            texts.add(textOf(message));
        }
        return texts;
    }

    private String manageToken(String email) throws Exception {
        var link = Pattern.compile("/consultation/([A-Za-z0-9_-]+)").matcher(textOf(emailTo(email)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private Map<String, Object> appointmentOf(String reference) {
        return jdbc.queryForMap(
                "select a.starts_at, a.status from appointment a"
                        + " join consultation c on c.appointment_id = a.id where c.reference = ?",
                reference);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void the_therapists_taking_consultations_are_listed_with_what_the_public_may_know() throws Exception {
        var response = get("/api/public/therapists");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        var therapists = body(response).valueStream().toList();
        assertThat(therapists)
                .extracting(t -> t.get("displayName").asString())
                .containsExactlyInAnyOrder("Leila Moradi", "Sam Richard");
        assertThat(therapists).allSatisfy(t -> {
            assertThat(t.propertyNames()).containsExactlyInAnyOrder("id", "displayName", "credentials", "languages");
            assertThat(t.get("languages").isArray()).isTrue();
        });
        var leila = therapists.stream()
                .filter(t -> t.get("displayName").asString().equals("Leila Moradi"))
                .findFirst()
                .orElseThrow();
        assertThat(leila.get("credentials").asString()).contains("RCT");
        assertThat(leila.get("languages").valueStream().map(JsonNode::asString)).contains("English", "Farsi");
    }

    @Test
    void free_times_come_in_the_clinics_zone_with_their_offset() throws Exception {
        String leila = leila();
        // Leila's windows as they stand now (other tests in this shared application may add some), in Halifax time.
        var windows = jdbc.queryForList(
                "select day_of_week, start_time, end_time from availability_window"
                        + " where therapist_id = ?::uuid and kind = 'CONSULTATION'",
                leila);
        var response = get("/api/public/consultation-slots?from=" + today() + "&to=" + today().plusDays(20)
                + "&therapistId=" + leila);

        assertThat(response.statusCode()).isEqualTo(200);
        var answer = body(response);
        assertThat(answer.propertyNames()).containsExactlyInAnyOrder("timeZone", "slots");
        assertThat(answer.get("timeZone").asString()).isEqualTo("America/Halifax");
        var slots = answer.get("slots").valueStream().toList();
        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.propertyNames()).containsExactlyInAnyOrder("therapistId", "start", "end");
            assertThat(slot.get("therapistId").asString()).isEqualTo(leila);
            assertThat(slot.get("start").asString()).matches(ISO_WITH_OFFSET);
            var start = OffsetDateTime.parse(slot.get("start").asString());
            var end = OffsetDateTime.parse(slot.get("end").asString());
            assertThat(start.getOffset()).isEqualTo(HALIFAX.getRules().getOffset(start.toInstant()));
            assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(15));
            var local = start.toLocalDateTime();
            assertThat(windows).as("a window holding " + local).anySatisfy(w -> {
                assertThat(((Number) w.get("day_of_week")).intValue())
                        .isEqualTo(local.getDayOfWeek().getValue());
                assertThat(local.toLocalTime()).isAfterOrEqualTo(((java.sql.Time) w.get("start_time")).toLocalTime());
                assertThat(end.toLocalTime()).isBeforeOrEqualTo(((java.sql.Time) w.get("end_time")).toLocalTime());
            });
        });
        assertThat(slots)
                .extracting(s -> OffsetDateTime.parse(s.get("start").asString()).toInstant())
                .isSorted();
    }

    @Test
    void a_range_that_ends_before_it_starts_or_spans_more_than_62_days_is_refused_on_its_field() throws Exception {
        var backwards = get("/api/public/consultation-slots?from=" + today() + "&to=" + today().minusDays(1));
        var tooLong = get("/api/public/consultation-slots?from=" + today() + "&to=" + today().plusDays(62));
        var longest = get("/api/public/consultation-slots?from=" + today() + "&to=" + today().plusDays(61));

        assertProblem(backwards, 400);
        assertThat(errorFields(backwards)).containsExactly("to");
        assertThat(body(backwards).get("errors").get(0).get("message").asString())
                .contains("before");
        assertProblem(tooLong, 400);
        assertThat(errorFields(tooLong)).containsExactly("to");
        assertThat(body(tooLong).get("detail").asString()).contains("62 days");
        assertThat(longest.statusCode()).isEqualTo(200);
    }

    @Test
    void malformed_dates_ids_and_json_get_a_400_problem_in_plain_words() throws Exception {
        var badDate = get("/api/public/consultation-slots?from=2026-13-45&to=" + today());
        var badId =
                get("/api/public/consultation-slots?from=" + today() + "&to=" + today() + "&therapistId=not-a-uuid");
        var missing = get("/api/public/consultation-slots?from=" + today());
        var brokenJson = post(visitor, "/api/public/consultations", "{\"name\": ");
        var badStart = post("/api/public/consultations", booking(leila(), "next tuesday", person()));
        var badTherapist = post("/api/public/consultations", booking("123", lastWeek(), person()));

        assertProblem(badDate, 400);
        assertThat(errorFields(badDate)).containsExactly("from");
        assertThat(body(badDate).get("title").asString()).isEqualTo("Please check what was sent");
        assertThat(body(badDate).get("detail").asString()).isEqualTo("Please give a date like 2026-03-03.");
        assertProblem(badId, 400);
        assertThat(errorFields(badId)).containsExactly("therapistId");
        assertProblem(missing, 400);
        assertThat(errorFields(missing)).containsExactly("to");
        assertProblem(brokenJson, 400);
        assertThat(body(brokenJson).get("detail").asString()).contains("couldn't read");
        assertProblem(badStart, 400);
        assertThat(errorFields(badStart)).containsExactly("start");
        assertProblem(badTherapist, 400);
        assertThat(errorFields(badTherapist)).containsExactly("therapistId");
    }

    @Test
    void a_free_time_is_booked_with_201_a_location_and_no_manage_token() throws Exception {
        var slot = freeSlots(null).getFirst();
        String email = person();

        var response = post("/api/public/consultations", booking(slot, email));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var booked = body(response);
        assertThat(booked.propertyNames())
                .containsExactlyInAnyOrder("reference", "therapistId", "start", "end", "status");
        String reference = booked.get("reference").asString();
        assertThat(reference).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/public/consultations/" + reference);
        assertThat(booked.get("therapistId").asString())
                .isEqualTo(slot.get("therapistId").asString());
        assertThat(booked.get("start").asString()).isEqualTo(slot.get("start").asString());
        assertThat(booked.get("end").asString()).isEqualTo(slot.get("end").asString());
        assertThat(booked.get("status").asString()).isEqualTo("BOOKED");
        String token = manageToken(email);
        assertThat(response.body()).doesNotContain(token);
        assertThat(response.headers().map().toString()).doesNotContain(token);
        assertThat(freeSlots(null)).noneMatch(s -> s.equals(slot));
    }

    @Test
    void the_same_time_booked_again_is_a_409_with_the_nearest_free_times() throws Exception {
        var slot = freeSlots(null).getFirst();
        assertThat(post("/api/public/consultations", booking(slot, person())).statusCode())
                .isEqualTo(201);

        var again = post("/api/public/consultations", booking(slot, person()));

        assertProblem(again, 409);
        var problem = body(again);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains("choose");
        var nearest = problem.get("nearest").valueStream().toList();
        assertThat(nearest).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("start").asString())
                    .matches(ISO_WITH_OFFSET)
                    .isNotEqualTo(slot.get("start").asString());
            assertThat(s.get("therapistId").asString())
                    .isEqualTo(slot.get("therapistId").asString());
        });
    }

    @Test
    void bad_fields_are_each_named_once_and_nothing_is_stored() throws Exception {
        var slot = freeSlots(null).getFirst();
        String email = "no-domain@";
        var body = booking(slot, email);
        body.put("name", "    ");
        body.put("message", "x".repeat(1001));
        body.remove("consent");
        long consultations = count("consultation");
        long appointments = count("appointment");

        var response = post("/api/public/consultations", body);

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("name", "email", "message", "consent");
        assertThat(body(response)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("{", "must"));
        assertThat(count("consultation")).isEqualTo(consultations);
        assertThat(count("appointment")).isEqualTo(appointments);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_email where to_address = ?::citext", Long.class, email))
                .isZero();
    }

    @Test
    void an_unknown_therapist_is_refused_on_its_field() throws Exception {
        var slot = freeSlots(null).getFirst();

        var response = post(
                "/api/public/consultations",
                booking(
                        "00000000-0000-0000-0000-000000000001",
                        slot.get("start").asString(),
                        person()));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("therapistId");
        assertThat(body(response).get("detail").asString()).contains("isn't taking new consultations");
    }

    @Test
    void markup_in_a_message_is_stored_as_plain_text_and_markup_in_a_name_is_refused() throws Exception {
        var slot = freeSlots(null).getFirst();
        String email = person();
        var body = booking(slot, email);
        body.put("message", "<b>hi</b>");

        var response = post("/api/public/consultations", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = body(response).get("reference").asString();
        assertThat(jdbc.queryForObject("select message from consultation where reference = ?", String.class, reference))
                .isEqualTo("<b>hi</b>");
        var confirmation = emailTo(email);
        var text = confirmation.getContent() instanceof MimeMultipart parts ? parts.getBodyPart(0) : confirmation;
        assertThat(text.getContentType()).startsWith("text/plain");
        assertThat(textOf(confirmation)).contains("Hello Amal Haddad,").doesNotContain("<b>");
        var markup = booking(freeSlots(null).getFirst(), person());
        markup.put("name", "<script>alert(1)</script>");
        var refused = post("/api/public/consultations", markup);
        assertProblem(refused, 400);
        assertThat(errorFields(refused)).containsExactly("name");
    }

    /** What a stranger can see of an answer: everything but the values that are random anyway. */
    private Map<String, Object> shape(HttpResponse<String> response, JsonNode slot) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("status", response.statusCode());
        shape.put(
                "headers",
                response.headers().map().keySet().stream()
                        .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                        .filter(h -> !h.equals("date"))
                        .sorted()
                        .toList());
        shape.put("content-type", response.headers().firstValue("Content-Type").orElse(null));
        var answer = body(response);
        shape.put("fields", answer.propertyNames());
        shape.put("reference looks like one", answer.get("reference").asString().matches("[A-Z0-9]{4}-[A-Z0-9]{4}"));
        shape.put(
                "location names it",
                response.headers()
                        .firstValue("Location")
                        .orElse("")
                        .equals("/api/public/consultations/"
                                + answer.get("reference").asString()));
        shape.put(
                "the time asked for",
                answer.get("therapistId")
                                .asString()
                                .equals(slot.get("therapistId").asString())
                        && answer.get("start")
                                .asString()
                                .equals(slot.get("start").asString())
                        && answer.get("end").asString().equals(slot.get("end").asString()));
        shape.put("booking status", answer.get("status").asString());
        return shape;
    }

    /** A demo client's email (with a portal account) that has no upcoming consultation. */
    private String clientsEmail() {
        return jdbc.queryForList(
                        "select c.email from client c join app_user u on u.email = c.email"
                                + " where not exists (select 1 from consultation k join appointment a on a.id = k.appointment_id"
                                + " where k.email = c.email and a.status = 'BOOKED' and a.starts_at > now()) order by c.email",
                        String.class)
                .getFirst();
    }

    @Test
    void a_new_email_one_already_booked_and_a_clients_get_the_same_answer_and_only_the_mailboxes_differ()
            throws Exception {
        String booked = person();
        var first = freeSlots(null).getFirst();
        String firstReference = body(post("/api/public/consultations", booking(first, booked)))
                .get("reference")
                .asString();
        String firstToken = manageToken(booked);
        String client = clientsEmail();
        long consultationsBefore = count("consultation");
        long appointmentsBefore = count("appointment");
        var shapes = new ArrayList<Map<String, Object>>();
        var references = new ArrayList<String>();
        var slots = new ArrayList<JsonNode>();

        for (String email : List.of(person(), booked, client)) {
            visitor = visitor();
            var slot = freeSlots(null).getFirst();
            var response = post("/api/public/consultations", booking(slot, email));
            shapes.add(shape(response, slot));
            references.add(body(response).get("reference").asString());
            slots.add(slot);
        }

        assertThat(shapes.get(0))
                .containsEntry("status", 201)
                .containsEntry("reference looks like one", true)
                .containsEntry("location names it", true)
                .containsEntry("the time asked for", true);
        assertThat(shapes.get(1)).isEqualTo(shapes.get(0));
        assertThat(shapes.get(2)).isEqualTo(shapes.get(0));
        // Every kind books, so the free times afterwards can't tell them apart either.
        assertThat(count("consultation")).isEqualTo(consultationsBefore + 3);
        assertThat(count("appointment")).isEqualTo(appointmentsBefore + 3);
        var freeAfter = freeSlots(null).stream()
                .map(n -> n.get("start").asString() + n.get("therapistId").asString())
                .toList();
        assertThat(slots)
                .allSatisfy(slot -> assertThat(freeAfter)
                        .doesNotContain(slot.get("start").asString()
                                + slot.get("therapistId").asString()));
        // The mailboxes: the new email and the client's get a plain confirmation; the booked one's also names its
        // earlier consultation. The client's mailbox may hold other emails (session reminders), so theirs is found
        // by its reference.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.getReceivedMessagesForDomain(booked).length == 2
                        && textsTo(client).stream().anyMatch(t -> t.contains(references.get(2))));
        String second = textOf(mail.getReceivedMessagesForDomain(booked)[1]);
        assertThat(second)
                .contains("is booked for", references.get(1), "You also have a consultation booked", firstReference);
        var link = Pattern.compile("/consultation/([A-Za-z0-9_-]+)").matcher(second);
        assertThat(link.find()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select reference from consultation where manage_token_hash = ?",
                        String.class,
                        app.attune.base.Tokens.hash(link.group(1))))
                .isEqualTo(references.get(1));
        assertThat(jdbc.queryForObject(
                        "select reference from consultation where manage_token_hash = ?",
                        String.class,
                        app.attune.base.Tokens.hash(firstToken)))
                .as("the first link still works")
                .isEqualTo(firstReference);
        assertThat(textsTo(client))
                .filteredOn(t -> t.contains(references.get(2)))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("is booked for").doesNotContain("You also have"));
    }

    @Test
    void the_three_kinds_of_email_take_about_as_long_which_is_reported_not_asserted() throws Exception {
        int rounds = 20;
        var booked = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            String email = person();
            assertThat(post("/api/public/consultations", booking(freeSlots(null).getFirst(), email))
                            .statusCode())
                    .isEqualTo(201);
            booked.add(email);
        }
        var clients = jdbc.queryForList(
                "select c.email from client c where c.email is not null and not exists"
                        + " (select 1 from consultation k join appointment a on a.id = k.appointment_id where k.email = c.email"
                        + " and a.status = 'BOOKED' and a.starts_at > now()) order by c.email limit 4",
                String.class);
        var senders = Map.of("new", visitor(), "already booked", visitor(), "client", visitor());
        var millis = new LinkedHashMap<String, List<Double>>();
        senders.keySet().forEach(kind -> millis.put(kind, new ArrayList<>()));

        for (int i = 0; i < rounds; i++) {
            for (String kind : List.of("new", "already booked", "client")) {
                String email = switch (kind) {
                    case "new" -> person();
                    case "already booked" -> booked.get(i % booked.size());
                    default -> clients.get(i % clients.size());
                };
                String body = json.writeValueAsString(booking(freeSlots(null).getFirst(), email));
                long started = System.nanoTime();
                var response = post(senders.get(kind), "/api/public/consultations", body);
                millis.get(kind).add((System.nanoTime() - started) / 1e6);
                assertThat(response.statusCode())
                        .as(kind + " " + response.body())
                        .isEqualTo(201);
                // Each booking is set aside again, so the next round books the same way (the already-booked emails keep
                // their first consultation).
                jdbc.update(
                        "update appointment set status = 'CANCELLED' where id in (select appointment_id from"
                                + " consultation where reference = ?)",
                        body(response).get("reference").asString());
            }
        }

        var report = new StringBuilder("Booking time by kind of email, median of " + rounds + " (ms):");
        millis.forEach((kind, times) -> {
            var sorted = times.stream().sorted().toList();
            report.append(String.format(
                    java.util.Locale.ROOT,
                    " %s %.1f (min %.1f, max %.1f);",
                    kind,
                    (sorted.get(rounds / 2 - 1) + sorted.get(rounds / 2)) / 2,
                    sorted.getFirst(),
                    sorted.getLast()));
        });
        org.slf4j.LoggerFactory.getLogger(PublicBookingApiTest.class).info(report.toString());
    }

    @Test
    void names_in_any_script_are_booked_and_greeted_as_plain_text() throws Exception {
        for (String name : List.of("فاطمه رحیمی", "Nguyễn Văn Minh", "O'Brien", "Marie-Ève", "J. R.")) {
            String email = person();
            var body = booking(freeSlots(null).getFirst(), email);
            body.put("name", name);

            var response = post("/api/public/consultations", body);

            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(201);
            assertThat(textOf(emailTo(email))).as(name).startsWith("Hello " + name + ",");
        }
    }

    @Test
    void a_name_with_a_web_address_an_at_sign_digits_or_control_characters_is_refused_and_nothing_is_stored()
            throws Exception {
        var slot = freeSlots(null).getFirst();
        long consultations = count("consultation");
        long outbox = count("outbox_email");

        for (String name : List.of(
                "http://x.y",
                "www.evil.com",
                "a@b",
                "Amal\u0000Haddad",
                "Amal\u0008",
                "Amal\u202EHaddad",
                "Call 902 555 0147",
                "x".repeat(81))) {
            var body = booking(slot, person());
            body.put("name", name);
            visitor = visitor();

            var response = post("/api/public/consultations", body);

            assertProblem(response, 400);
            assertThat(errorFields(response)).as(name).containsExactly("name");
            assertThat(body(response).get("errors").get(0).get("message").asString())
                    .as(name)
                    .matches(
                            "Please (write your name with letters only|keep this to 80 characters|remove the special characters).*");
        }
        assertThat(count("consultation")).isEqualTo(consultations);
        assertThat(count("outbox_email")).isEqualTo(outbox);
    }

    @Test
    void
            a_nul_a_control_character_a_lone_surrogate_or_an_unknown_zone_in_any_field_is_refused_on_it_and_nothing_is_stored()
                    throws Exception {
        var slot = freeSlots(null).getFirst();
        long consultations = count("consultation");
        long appointments = count("appointment");
        long outbox = count("outbox_email");
        // JSON escapes, so that the bytes on the wire are what a program would send
        var cases = new LinkedHashMap<String, String>();
        cases.put("name", "\"Amal\\u0000Haddad\"");
        cases.put("email", "\"amal\\u0000@example.org\"");
        cases.put("phone", "\"902 555 0170\\u0000\"");
        cases.put("message", "\"Hello\\u0000\"");
        cases.put("message ", "\"Hello \\ud800 there\"");
        cases.put("message  ", "\"Hello \\u001b[31m red\"");
        cases.put("timeZone", "\"Mars/Olympus\"");
        cases.put("timeZone ", "\"+05:00\"");
        cases.put("timeZone  ", "\"America/Halifax\\u0000\"");

        for (var c : cases.entrySet()) {
            String field = c.getKey().strip();
            var body = booking(slot, person());
            body.put(field, "PLACEHOLDER");
            String json = this.json.writeValueAsString(body).replace("\"PLACEHOLDER\"", c.getValue());
            visitor = visitor();

            var response = post(visitor, "/api/public/consultations", json);

            assertProblem(response, 400);
            assertThat(errorFields(response)).as(c.getValue()).containsExactly(field);
        }
        var fine = booking(slot, person());
        fine.put("message", "Line one\nline two\twith a tab");
        visitor = visitor();
        assertThat(post("/api/public/consultations", fine).statusCode()).isEqualTo(201);
        assertThat(count("consultation")).isEqualTo(consultations + 1);
        assertThat(count("appointment")).isEqualTo(appointments + 1);
        assertThat(count("outbox_email")).isEqualTo(outbox + 2);
    }

    @Test
    void text_outside_the_body_never_reaches_a_500() throws Exception {
        var nulToken = post("/api/public/consultations/abc%00def/cancel", Map.of());
        var controlToken = post("/api/public/consultations/abc%07def/reschedule", Map.of("start", lastWeek()));
        var longToken = post("/api/public/consultations/" + "a".repeat(5000) + "/cancel", Map.of());
        var nulDate = get("/api/public/consultation-slots?from=%00&to=" + today());
        var nulTherapist =
                get("/api/public/consultation-slots?from=" + today() + "&to=" + today() + "&therapistId=%00");
        var surrogate =
                get("/api/public/consultation-slots?from=" + today() + "&to=" + today() + "&therapistId=%ED%A0%80");

        assertThat(nulToken.statusCode()).isEqualTo(400);
        assertProblem(nulToken, 400);
        assertProblem(controlToken, 404);
        assertProblem(longToken, 404);
        assertProblem(nulDate, 400);
        assertThat(errorFields(nulDate)).containsExactly("from");
        assertProblem(nulTherapist, 400);
        assertProblem(surrogate, 400);
    }

    @Test
    void the_private_link_moves_and_then_cancels_the_booking() throws Exception {
        var first = freeSlots(null).getFirst();
        String therapist = first.get("therapistId").asString();
        String email = person();
        String reference = body(post("/api/public/consultations", booking(first, email)))
                .get("reference")
                .asString();
        String token = manageToken(email);
        var later = freeSlots(therapist).getLast();

        var moved = post(
                "/api/public/consultations/" + token + "/reschedule",
                Map.of("start", later.get("start").asString()));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(body(moved).get("reference").asString()).isEqualTo(reference);
        assertThat(body(moved).get("start").asString())
                .isEqualTo(later.get("start").asString());
        assertThat(appointmentOf(reference).get("starts_at"))
                .isEqualTo(Timestamp.from(
                        OffsetDateTime.parse(later.get("start").asString()).toInstant()));

        var cancelled = post("/api/public/consultations/" + token + "/cancel", Map.of());

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(body(cancelled).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(appointmentOf(reference).get("status")).isEqualTo("CANCELLED");
        var twice = post("/api/public/consultations/" + token + "/cancel", Map.of());
        assertProblem(twice, 400);
        assertThat(body(twice).get("detail").asString()).contains("already cancelled");
        assertThat(freeSlots(therapist)).anyMatch(s -> s.get("start").equals(later.get("start")));
    }

    @Test
    void a_move_to_a_taken_time_is_a_409_and_keeps_the_original() throws Exception {
        var mine = freeSlots(null).getFirst();
        String therapist = mine.get("therapistId").asString();
        String email = person();
        String reference = body(post("/api/public/consultations", booking(mine, email)))
                .get("reference")
                .asString();
        var theirs = freeSlots(therapist).getFirst();
        assertThat(post("/api/public/consultations", booking(theirs, person())).statusCode())
                .isEqualTo(201);

        var response = post(
                "/api/public/consultations/" + manageToken(email) + "/reschedule",
                Map.of("start", theirs.get("start").asString()));

        assertProblem(response, 409);
        assertThat(body(response).get("nearest").valueStream().toList()).isNotEmpty();
        assertThat(appointmentOf(reference))
                .containsEntry("status", "BOOKED")
                .containsEntry(
                        "starts_at",
                        Timestamp.from(OffsetDateTime.parse(mine.get("start").asString())
                                .toInstant()));
    }

    @Test
    void an_unknown_link_or_address_is_not_found() throws Exception {
        var cancel = post("/api/public/consultations/not-a-real-token/cancel", Map.of());
        var move = post("/api/public/consultations/not-a-real-token/reschedule", Map.of("start", lastWeek()));
        var nowhere = get("/api/public/consultation-times");

        assertProblem(cancel, 404);
        assertThat(body(cancel).get("detail").asString()).contains("This link isn't valid");
        assertProblem(move, 404);
        assertProblem(nowhere, 404);
    }

    @Test
    void twenty_people_booking_one_time_at_once_over_http_leave_one_booking_and_nineteen_conflicts() throws Exception {
        var slot = freeSlots(null).getFirst();
        int people = 20;
        var ready = new CountDownLatch(people);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(people);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            var client = visitor();
            String body = json.writeValueAsString(booking(slot, person()));
            outcomes.add(pool.submit((Callable<Integer>) () -> {
                ready.countDown();
                go.await();
                return post(client, "/api/public/consultations", body).statusCode();
            }));
        }
        ready.await();
        go.countDown();
        var statuses = new ArrayList<Integer>();
        for (var outcome : outcomes) {
            statuses.add(outcome.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(people - 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from appointment where therapist_id = ?::uuid"
                                + " and status <> 'CANCELLED' and starts_at = ?",
                        Long.class,
                        slot.get("therapistId").asString(),
                        Timestamp.from(OffsetDateTime.parse(slot.get("start").asString())
                                .toInstant())))
                .isEqualTo(1);
    }

    @Test
    void too_many_attempts_for_one_email_get_a_429() throws Exception {
        var attempt = booking(leila(), lastWeek(), person());
        for (int i = 0; i < limits.perEmailPerDay(); i++) {
            assertThat(post("/api/public/consultations", attempt).statusCode()).isEqualTo(409);
        }

        var response = post("/api/public/consultations", attempt);

        assertProblem(response, 429);
        assertThat(body(response).get("detail").asString()).contains("try again");
        // the email's allowance refills over a day: the wait is whole seconds, at least one, at most a day
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 86_400L));
    }

    @Test
    void x_forwarded_for_from_a_peer_that_is_not_a_trusted_proxy_is_ignored() throws Exception {
        String leila = leila();
        for (int i = 0; i < limits.perIpPerHour(); i++) {
            var response = post(
                    "/api/public/consultations",
                    booking(leila, lastWeek(), person()),
                    "X-Forwarded-For",
                    "203.0.113." + (i + 1));
            assertThat(response.statusCode()).isEqualTo(409);
        }

        var response = post(
                "/api/public/consultations", booking(leila, lastWeek(), person()), "X-Forwarded-For", "203.0.113.250");

        assertProblem(response, 429);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 3_600L));
    }

    @Test
    void x_forwarded_for_from_the_trusted_proxy_names_the_visitor_it_limits() throws Exception {
        visitor = clientFrom(FrontendTest.TRUSTED_PROXY);
        String leila = leila();
        for (int i = 0; i <= limits.perIpPerHour(); i++) {
            var response = post(
                    "/api/public/consultations",
                    booking(leila, lastWeek(), person()),
                    "X-Forwarded-For",
                    "198.51.100." + (i + 1));
            assertThat(response.statusCode()).as("visitor " + i).isEqualTo(409);
        }
    }

    @Test
    void the_api_needs_no_csrf_token_and_the_rest_of_the_application_still_does() throws Exception {
        var api = post("/api/public/consultations", booking(leila(), lastWeek(), person()));
        var elsewhere = post(visitor, "/api/publicity", "{}");

        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
    }
}
