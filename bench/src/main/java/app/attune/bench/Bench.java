package app.attune.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What every benchmark shares: the bench database, figures, a progress bar and the application in a process of its own.
 *
 * @see "docs/decisions/012-benchmarks.md"
 */
final class Bench {

    /** Every bench account signs in with this password. */
    static final String PASSWORD = "attune-bench-2026";

    private Bench() {}

    static String database() {
        return env("ATTUNE_BENCH_DB", "attune_bench");
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int runs(int fallback) {
        return Integer.parseInt(env("BENCH_RUNS", String.valueOf(fallback)));
    }

    /** Milliseconds of one call. */
    static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** A series of timings in milliseconds, summarised as median, p95 and p99. */
    record Figures(String name, double[] ms) {

        static Figures of(String name, List<Double> values) {
            return new Figures(
                    name,
                    values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        }

        double p(double q) {
            if (ms.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * ms.length) - 1;
            return ms[Math.max(0, Math.min(ms.length - 1, i))];
        }

        double median() {
            return p(0.5);
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%-44s n=%-5d median %8.2f ms  p95 %8.2f ms  p99 %8.2f ms",
                    name,
                    ms.length,
                    median(),
                    p(0.95),
                    p(0.99));
        }
    }

    /** Runs {@code work} {@code warmup} times unmeasured, then {@code runs} times measured. */
    static Figures measure(String name, int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        var values = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            values.add(time(work));
        }
        return Figures.of(name, values);
    }

    /**
     * The median CPU time {@code work} takes on the calling thread, in milliseconds: unlike the elapsed time, it
     * doesn't grow when other processes share the cores (the database's own work is not in it).
     */
    static double cpuMedian(int runs, Runnable work) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var values = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            values.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
        }
        return Figures.of("cpu", values).median();
    }

    /** Prints a figure, its baseline and the ratio of their medians (and p95s). */
    static void report(Figures subject, Figures baseline) {
        System.out.println(subject.line());
        System.out.println(baseline.line());
        System.out.printf(
                Locale.ROOT,
                "%-44s median %.2fx  p95 %.2fx%n",
                "ratio",
                subject.median() / baseline.median(),
                subject.p(0.95) / baseline.p(0.95));
    }

    /** A one-line progress bar redrawn in place. */
    static final class Progress {
        private final long total;
        private final long started = System.nanoTime();
        private long done;

        Progress(long total) {
            this.total = total;
        }

        void step(long amount, String what) {
            done += amount;
            int width = 40;
            int filled = (int) (width * done / total);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "\r[%s%s] %3d%%  %6.1f s  %-48s",
                    "#".repeat(filled),
                    " ".repeat(width - filled),
                    100 * done / total,
                    seconds,
                    what);
            System.out.flush();
        }

        void finish() {
            System.out.printf(Locale.ROOT, "%nDone in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        }
    }

    /** The application, started in a process of its own against a database, with booking limits off. */
    static final class App implements AutoCloseable {
        final Process process;
        final int port;
        final long startMillis;
        final Path log;

        private App(Process process, int port, long startMillis, Path log) {
            this.process = process;
            this.port = port;
            this.startMillis = startMillis;
            this.log = log;
        }

        static App start(String database, int port, Map<String, String> extra) throws IOException {
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.asList(
                    env("BENCH_APP_JVM_OPTS", "-Xmx1g -XX:+UseG1GC").split(" ")));
            command.add("-Duser.timezone=UTC");
            Path jar = Path.of("frontend/target/attune.jar");
            if (Files.exists(jar) && !"classes".equals(System.getenv("BENCH_APP_FROM"))) {
                command.add("-jar");
                command.add(jar.toString());
            } else {
                command.add("-cp");
                command.add(System.getProperty("java.class.path"));
                command.add("app.attune.AttuneApplication");
            }
            var builder = new ProcessBuilder(command);
            var env = builder.environment();
            env.put("SPRING_DATASOURCE_URL", jdbcUrl(database));
            env.put("SPRING_DATASOURCE_USERNAME", env("PGUSER", "postgres"));
            env.put("SPRING_DATASOURCE_PASSWORD", env("PGPASSWORD", ""));
            env.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "20");
            env.put("PORT", String.valueOf(port));
            env.put("ATTUNE_BOOKING_PER_IP_PER_HOUR", "0");
            env.put("ATTUNE_BOOKING_PER_EMAIL_PER_DAY", "0");
            env.put("ATTUNE_SECURITY_THROTTLE_IP_FREE_ATTEMPTS", "100000");
            env.put("ATTUNE_SECURITY_THROTTLE_ACCOUNT_FREE_ATTEMPTS", "100000");
            env.put("ATTUNE_ADMIN_EMAIL", "admin@bench.example");
            env.put("ATTUNE_ADMIN_PASSWORD", PASSWORD);
            env.put("ATTUNE_MAIL_POLL_INTERVAL", "1h");
            // A fresh key per run: the bench database is thrown away, and production refuses to start without one.
            var sealKey = new byte[32];
            new SecureRandom().nextBytes(sealKey);
            env.put("ATTUNE_AUDIT_SEAL_KEY", Base64.getEncoder().encodeToString(sealKey));
            env.remove("SPRING_PROFILES_ACTIVE");
            env.putAll(extra);
            Path log = Files.createTempFile("attune-bench-app-", ".log");
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            long start = System.currentTimeMillis();
            return new App(builder.start(), port, start, log);
        }

        /** Milliseconds from the process start until /actuator/health answers 200. */
        long awaitHealthy(Duration limit) throws Exception {
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            long deadline = System.currentTimeMillis() + limit.toMillis();
            while (System.currentTimeMillis() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped; see " + log);
                }
                try {
                    var response = http.send(
                            HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return System.currentTimeMillis() - startMillis;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("not healthy in " + limit + "; see " + log);
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        /** Live heap in bytes after a full collection, read with jcmd. */
        long liveHeapAfterFullGc() throws Exception {
            jcmd("GC.run");
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            // "garbage-first heap   total 1048576K, used 123456K [..."
            var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
            if (!m.find()) {
                throw new IllegalStateException("unexpected heap info: " + info);
            }
            return Long.parseLong(m.group(1)) * 1024;
        }

        /** Bytes per class of the live objects (jcmd GC.class_histogram, which collects first). */
        Map<String, Long> histogram() throws Exception {
            var result = new java.util.HashMap<String, Long>();
            var line = java.util.regex.Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
            for (String l : jcmd("GC.class_histogram").split("\n")) {
                var m = line.matcher(l);
                if (m.find()) {
                    result.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
                }
            }
            return result;
        }

        /** The classes whose live bytes grew most since {@code before}. */
        List<String> histogramGrowth(Map<String, Long> before, int top) throws Exception {
            var after = histogram();
            return after.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(top)
                    .map(e -> String.format(Locale.ROOT, "  %10.1f KB  %s", e.getValue() / 1024.0, e.getKey()))
                    .toList();
        }

        private String jcmd(String what) throws Exception {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            var p = new ProcessBuilder(jcmd, String.valueOf(process.pid()), what)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
