package app.attune.bench;

import app.attune.consultation.SlotEngine;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * (a) Free consultation slots for 4 weeks and the 10 therapists taking consultations, computed by SlotEngine,
 * against the same SELECTs (captured with their parameters) sent through plain JDBC.
 */
public final class SlotBench {

    public static void main(String[] args) throws Exception {
        int runs = Bench.runs(200);
        try (var app = InProcess.start(Bench.database());
                var jdbc = Bench.connect(Bench.database())) {
            var engine = app.bean(SlotEngine.class);
            LocalDate from = LocalDate.now(ZoneId.of("America/Halifax")).plusDays(7);
            LocalDate to = from.plusDays(27);
            var statements = InProcess.capture(() -> engine.freeSlots(null, from, to));
            int slots = engine.freeSlots(null, from, to).size();
            System.out.printf(
                    "Slots from %s to %s for every therapist taking consultations: %d free slots, %d SELECTs%n",
                    from, to, slots, statements.size());
            for (int round = 0; round < 2; round++) {
                // interleaved rounds, so that neither side gets a quieter machine
                var engineFigures = Bench.measure(
                        "SlotEngine.freeSlots (4 weeks x 10)", 50, runs, () -> engine.freeSlots(null, from, to));
                var sqlFigures =
                        Bench.measure("its SELECTs through JDBC", 50, runs, () -> InProcess.replay(jdbc, statements));
                if (round == 1) {
                    Bench.report(engineFigures, sqlFigures);
                    System.out.printf(
                            java.util.Locale.ROOT,
                            "%-44s median %8.2f ms%n",
                            "CPU of the calling thread",
                            Bench.cpuMedian(runs, () -> engine.freeSlots(null, from, to)));
                }
            }
        }
    }

    private SlotBench() {}
}
