package app.attune.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * (b) 64 concurrent clients make 5,000 booking attempts on 200 free consultation slots through the public API, with
 * the booking limits off. The baseline makes the same attempts as a bare INSERT into appointment through JDBC, with as
 * many connections as the application's pool (20). Each slot can be booked once (the chosen slots are 30 minutes
 * apart), so exactly 200 attempts should succeed, every other one should get a 409, and nothing may overlap.
 */
public final class BookingBench {

    static final int CLIENTS = Integer.parseInt(Bench.env("BENCH_CLIENTS", "64"));
    static final int ATTEMPTS = Integer.parseInt(Bench.env("BENCH_ATTEMPTS", "5000"));
    static final int SLOTS = 200;
    static final int POOL = 20;

    record Slot(UUID therapist, OffsetDateTime start, OffsetDateTime end) {}

    record Outcome(int successes, int conflicts, int errors, Bench.Figures figures) {}

    public static void main(String[] args) throws Exception {
        String db = Bench.database();
        var json = new ObjectMapper();
        try (var app = Bench.App.start(db, 18081, Map.of())) {
            app.awaitHealthy(Duration.ofMinutes(3));
            var http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var slots = chooseSlots(http, json, app.base());
            System.out.printf(
                    "%d slots chosen, from %s to %s; %d clients, %d attempts%n",
                    slots.size(), slots.getFirst().start(), slots.getLast().start(), CLIENTS, ATTEMPTS);

            var baseline = jdbcBaseline(db, slots);
            var api = api(http, app.base(), slots);
            System.out.println();
            print("public API", api);
            print("INSERT through JDBC", baseline);
            Bench.report(api.figures(), baseline.figures());
            try (var c = Bench.connect(db)) {
                System.out.println("overlapping appointments (whole table): " + overlaps(c));
                tidy(c, slots);
            }
        }
    }

    private static void print(String what, Outcome o) {
        System.out.printf(
                "%-22s successes %d, 409s %d, other errors %d%n", what, o.successes(), o.conflicts(), o.errors());
    }

    /** Free slots 2 to 7 weeks ahead at :00 and :30 only, so no two chosen slots compete through the buffer. */
    static List<Slot> chooseSlots(HttpClient http, ObjectMapper json, String base) throws Exception {
        var zone = ZoneId.of("America/Halifax");
        var from = LocalDate.now(zone).plusDays(14);
        var body = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/public/consultation-slots?from=" + from + "&to="
                                        + from.plusDays(35)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode root = json.readTree(body);
        var chosen = new ArrayList<Slot>();
        for (JsonNode s : root.get("slots")) {
            var start = OffsetDateTime.parse(s.get("start").asString());
            if (start.getMinute() % 30 == 0 && chosen.size() < SLOTS) {
                chosen.add(new Slot(
                        UUID.fromString(s.get("therapistId").asString()),
                        start,
                        OffsetDateTime.parse(s.get("end").asString())));
            }
        }
        if (chosen.size() < SLOTS) {
            throw new IllegalStateException("only " + chosen.size() + " free slots; generate the data afresh");
        }
        return chosen;
    }

    static Outcome jdbcBaseline(String db, List<Slot> slots) throws Exception {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            pool.add(Bench.connect(db));
        }
        var ids = new ConcurrentLinkedQueue<UUID>();
        var outcome = hammer(
                slots,
                (slot, n) -> {
                    Connection c = pool.take();
                    try (var ps = c.prepareStatement(
                            "insert into appointment (therapist_id, kind, status, starts_at, ends_at)"
                                    + " values (?, 'CONSULTATION', 'BOOKED', ?, ?) returning id")) {
                        ps.setObject(1, slot.therapist());
                        ps.setTimestamp(2, Timestamp.from(slot.start().toInstant()));
                        ps.setTimestamp(3, Timestamp.from(slot.end().toInstant()));
                        try (var rs = ps.executeQuery()) {
                            rs.next();
                            ids.add(rs.getObject(1, UUID.class));
                            return 201;
                        }
                    } catch (SQLException e) {
                        return "23P01".equals(e.getSQLState()) ? 409 : 500;
                    } finally {
                        pool.add(c);
                    }
                },
                "INSERT through JDBC");
        try (var c = pool.take();
                var ps = c.prepareStatement("delete from appointment where id = ?")) {
            System.out.println("baseline: overlapping appointments " + overlaps(c) + "; its rows are removed again");
            for (var id : ids) {
                ps.setObject(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (var c : pool) {
            c.close();
        }
        return outcome;
    }

    static Outcome api(HttpClient http, String base, List<Slot> slots) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        return hammer(
                slots,
                (slot, n) -> {
                    String body = """
                    {"therapistId": "%s", "start": "%s", "name": "Bench Visitor %d",
                     "email": "bench-%s-%d@bench.example", "consent": true, "timeZone": "America/Halifax"}""".formatted(slot.therapist(), slot.start(), n, run, n);
                    var response = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/public/consultations"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    return response.statusCode();
                },
                "public API");
    }

    interface Attempt {
        int book(Slot slot, int n) throws Exception;
    }

    static Outcome hammer(List<Slot> slots, Attempt attempt, String name) throws Exception {
        var next = new AtomicInteger();
        var ok = new AtomicInteger();
        var conflict = new AtomicInteger();
        var error = new AtomicInteger();
        var times = Collections.synchronizedList(new ArrayList<Double>());
        var done = new CountDownLatch(CLIENTS);
        var progress = new Bench.Progress(ATTEMPTS);
        var firstError = new LinkedHashMap<Integer, String>();
        for (int t = 0; t < CLIENTS; t++) {
            var random = new Random(t);
            Thread.ofPlatform().start(() -> {
                try {
                    int n;
                    while ((n = next.getAndIncrement()) < ATTEMPTS) {
                        var slot = slots.get(random.nextInt(slots.size()));
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = attempt.book(slot, n);
                        } catch (Exception e) {
                            status = -1;
                            synchronized (firstError) {
                                firstError.putIfAbsent(-1, e.toString());
                            }
                        }
                        times.add((System.nanoTime() - start) / 1e6);
                        (status == 201 ? ok : status == 409 ? conflict : error).incrementAndGet();
                        if (status != 201 && status != 409) {
                            synchronized (firstError) {
                                firstError.putIfAbsent(status, "status " + status);
                            }
                        }
                        if (n % 100 == 0) {
                            synchronized (progress) {
                                progress.step(100, name);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        long began = System.nanoTime();
        done.await();
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.println();
        System.out.printf(
                java.util.Locale.ROOT,
                "%s: %d attempts in %.1f s, %.0f attempts a second%n",
                name,
                ATTEMPTS,
                seconds,
                ATTEMPTS / seconds);
        if (!firstError.isEmpty()) {
            System.out.println("errors seen: " + firstError.values());
        }
        return new Outcome(ok.get(), conflict.get(), error.get(), Bench.Figures.of(name + " attempt", times));
    }

    static long overlaps(Connection c) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery("""
                select count(*) from appointment a join appointment b
                  on a.therapist_id = b.therapist_id and a.id < b.id and a.during && b.during
                where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Removes what the run booked, so that the next run finds the same free slots. */
    static void tidy(Connection c, List<Slot> slots) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("delete from outbox_email where to_address like 'bench-%@bench.example'"
                    + " or subject ilike '%consultation%' and created_at > now() - interval '1 hour'");
            st.execute("create temp table bench_booked as select c.appointment_id from consultation c"
                    + " where c.email like 'bench-%@bench.example'");
            st.execute("delete from consultation where appointment_id in (select appointment_id from bench_booked)");
            st.execute("delete from appointment where id in (select appointment_id from bench_booked)");
            st.execute("drop table bench_booked");
        }
    }

    private BookingBench() {}
}
