package app.attune.bench;

import org.flywaydb.core.Flyway;

/** A second bench database, migrated and empty: the baseline of the start-up and heap figures. */
final class EmptyDatabase implements AutoCloseable {

    final String name = Bench.database() + "_empty";

    EmptyDatabase() throws Exception {
        try (var admin = Bench.connect("postgres");
                var st = admin.createStatement()) {
            st.execute("drop database if exists " + name + " with (force)");
            st.execute("create database " + name);
        }
        Flyway.configure()
                .dataSource(Bench.jdbcUrl(name), Bench.env("PGUSER", "postgres"), Bench.env("PGPASSWORD", ""))
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Override
    public void close() throws Exception {
        try (var admin = Bench.connect("postgres");
                var st = admin.createStatement()) {
            st.execute("drop database if exists " + name + " with (force)");
        }
    }
}
