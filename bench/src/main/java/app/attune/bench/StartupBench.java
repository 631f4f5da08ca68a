package app.attune.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

/**
 * (f) From starting the executable jar to a healthy /actuator/health, against the generated database, paired with the
 * same start against an empty (migrated) database, alternately.
 */
public final class StartupBench {

    public static void main(String[] args) throws Exception {
        int runs = Bench.runs(5);
        try (var empty = new EmptyDatabase()) {
            // the first start creates the empty clinic's administrator; it isn't measured
            try (var app = Bench.App.start(empty.name, 18083, Map.of())) {
                app.awaitHealthy(Duration.ofMinutes(3));
            }
            var generated = new ArrayList<Double>();
            var baseline = new ArrayList<Double>();
            for (int i = 0; i < runs; i++) {
                generated.add(startOnce(Bench.database()));
                baseline.add(startOnce(empty.name));
                System.out.printf(
                        "run %d: generated %.0f ms, empty %.0f ms%n", i + 1, generated.getLast(), baseline.getLast());
            }
            Bench.report(
                    Bench.Figures.of("start-up to healthy, generated data", generated),
                    Bench.Figures.of("start-up to healthy, empty database", baseline));
        }
    }

    private static double startOnce(String db) throws Exception {
        try (var app = Bench.App.start(db, 18083, Map.of())) {
            return app.awaitHealthy(Duration.ofMinutes(3));
        }
    }

    private StartupBench() {}
}
