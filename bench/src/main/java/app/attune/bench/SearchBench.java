package app.attune.bench;

import app.attune.client.ClientQuery;
import app.attune.client.ClientService;
import app.attune.notes.NoteQuery;
import app.attune.notes.NoteService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * (c) What the caseload and the notes search ask of the service for one screen (the first page of 50 and the count),
 * against PostgreSQL's own EXPLAIN ANALYZE (planning plus execution) of the SELECTs they send.
 */
public final class SearchBench {

    public static void main(String[] args) throws Exception {
        int runs = Bench.runs(200);
        boolean plans = args.length > 0 && args[0].equals("--plans");
        try (var app = InProcess.start(Bench.database());
                var jdbc = Bench.connect(Bench.database())) {
            var clients = app.bean(ClientService.class);
            var notes = app.bean(NoteService.class);
            UUID misattunement;
            UUID stress;
            UUID breathing;
            try (var st = jdbc.createStatement();
                    var rs = st.executeQuery("select (select id from theme where name = 'Misattunement'),"
                            + " (select id from theme where name = 'Stress overload'),"
                            + " (select id from theme where name = 'Breathing')")) {
                rs.next();
                misattunement = rs.getObject(1, UUID.class);
                stress = rs.getObject(2, UUID.class);
                breathing = rs.getObject(3, UUID.class);
            }
            var page = PageRequest.of(0, 50, Sort.by("legalName"));
            var notesPage = PageRequest.of(0, 50);

            app.signIn("therapist01@bench.example");
            run("caseload: 'belanger' (400 clients)", runs, plans, jdbc, () -> {
                var q = new ClientQuery("belanger", Set.of(), null, null);
                return List.of(clients.caseload(q, page).getNumberOfElements(), clients.count(q));
            });
            run("caseload: '555 01' phone digits", runs, plans, jdbc, () -> {
                var q = new ClientQuery("555 01", Set.of(), null, null);
                return List.of(clients.caseload(q, page).getNumberOfElements(), clients.count(q));
            });
            run("notes: any of 1 theme (6,000 notes)", runs, plans, jdbc, () -> {
                var q = new NoteQuery(Set.of(misattunement), false, null, null, null, null, null);
                return notes.search(q, notesPage).getTotalElements();
            });
            run("notes: all of 2 themes", runs, plans, jdbc, () -> {
                var q = new NoteQuery(Set.of(stress, breathing), true, null, null, null, null, null);
                return notes.search(q, notesPage).getTotalElements();
            });
            run("notes: theme + words 'partner'", runs, plans, jdbc, () -> {
                var q = new NoteQuery(Set.of(misattunement), false, "partner", null, null, null, null);
                return notes.search(q, notesPage).getTotalElements();
            });
            app.signIn("admin@bench.example");
            run("caseload (admin): 'nguyen' (20,000)", runs, plans, jdbc, () -> {
                var q = new ClientQuery("nguyen", Set.of(), null, null);
                return List.of(clients.caseload(q, page).getNumberOfElements(), clients.count(q));
            });
        }
    }

    // The timed runs want the work's time, not its result (printed once above them), so they drop what it returns.
    @SuppressWarnings("ReturnValueIgnored")
    private static void run(String name, int runs, boolean plans, java.sql.Connection jdbc, Supplier<Object> work) {
        var statements = InProcess.capture(work::get);
        System.out.println();
        System.out.println(name + ": found " + work.get() + ", " + statements.size() + " SELECTs");
        if (plans) {
            var text = new StringBuilder();
            InProcess.explainAnalyze(jdbc, statements, text);
            System.out.println(text);
        }
        var service = Bench.measure(name, 20, runs, work::get);
        var explain = new java.util.ArrayList<Double>();
        for (int i = 0; i < 20 + runs; i++) {
            double ms = InProcess.explainAnalyze(jdbc, statements, null);
            if (i >= 20) {
                explain.add(ms);
            }
        }
        Bench.report(service, Bench.Figures.of("EXPLAIN ANALYZE of its SELECTs", explain));
        System.out.printf(
                java.util.Locale.ROOT,
                "%-44s median %8.2f ms%n",
                "CPU of the calling thread",
                Bench.cpuMedian(runs, work::get));
    }

    private SearchBench() {}
}
