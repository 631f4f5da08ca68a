package app.attune.audit;

import app.attune.security.Access;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's view of the whole audit log: filtered lists, the choices for the filters, and a CSV export for a
 * privacy officer or a regulator. The log never holds clinical content, so neither does the export. Names come from
 * the views the security and client features publish ({@code account_names}, {@code client_names}).
 *
 * @see "docs/decisions/010-audit-and-records.md"
 * @see "docs/decisions/016-query-idioms.md"
 */
@Service
public class AuditSearch {

    /** The most rows one export holds; a regulator's request for more is answered with narrower date ranges. */
    public static final int EXPORT_LIMIT = 100_000;

    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor_id, u.display_name as actor_name, e.actor_role, e.action,
                   e.client_id, c.legal_name as client_name,
                   e.record_type, e.record_id, e.detail
            from audit_event e
            left join account_names u on u.id = e.actor_id
            left join client_names c on c.id = e.client_id
            """;
    private static final String WHERE = """
            where (cast(:actor as uuid) is null or e.actor_id = :actor)
              and (cast(:client as uuid) is null or e.client_id = :client)
              and (cast(:action as text) is null or e.action = :action)
              and (cast(:from as timestamptz) is null or e.occurred_at >= :from)
              and (cast(:to as timestamptz) is null or e.occurred_at < :to)
            """;

    private final JdbcClient jdbc;
    private final AuditLog log;

    AuditSearch(JdbcClient jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /** A page of the events the filter picks, newest first. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, Pageable page) {
        return bind(
                        jdbc.sql(SELECT + WHERE + "order by e.occurred_at desc, e.id desc limit :limit offset :offset"),
                        filter)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(AuditSearch::entry)
                .list();
    }

    /** Records that an admin opened the audit viewer. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void opened() {
        log.record(AuditAction.AUDIT_VIEW, null, AuditRecordType.AUDIT, null, null);
    }

    /** How many events the filter picks. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return bind(jdbc.sql("select count(*) from audit_event e " + WHERE), filter)
                .query(Long.class)
                .single();
    }

    /** Everyone who has acted in the log, by name, for the "who" filter. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditParty> actors() {
        return jdbc.sql("""
                select u.id, u.display_name from account_names u
                where exists (select 1 from audit_event e where e.actor_id = u.id)
                order by u.display_name""")
                .query((rs, n) -> new AuditParty(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /** Every client the log mentions, by name (or only the id, once the record is gone), for the client filter. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditParty> clients() {
        return jdbc.sql("""
                select ids.client_id, c.legal_name
                from (select distinct client_id from audit_event where client_id is not null) ids
                left join client_names c on c.id = ids.client_id
                order by 2 nulls last, 1""")
                .query((rs, n) -> new AuditParty(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /**
     * The events the filter picks as CSV (RFC 4180: every field quoted, CRLF line ends; a field that a spreadsheet
     * would read as a formula starts with an apostrophe), newest first, at most
     * {@link #EXPORT_LIMIT} rows. The export is itself audited, with the number of rows it holds.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public String exportCsv(AuditFilter filter) {
        var out = new StringWriter();
        csvLine(
                out,
                "id",
                "occurred_at_utc",
                "actor_id",
                "actor_name",
                "actor_role",
                "action",
                "client_id",
                "client_name",
                "record_type",
                "record_id",
                "detail");
        var rows = bind(jdbc.sql(SELECT + WHERE + "order by e.occurred_at desc, e.id desc limit :limit"), filter)
                .param("limit", EXPORT_LIMIT)
                .query(AuditSearch::entry)
                .list();
        for (var e : rows) {
            csvLine(
                    out,
                    Long.toString(e.id()),
                    DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()),
                    text(e.actorId()),
                    e.actorName(),
                    e.actorRole(),
                    e.action(),
                    text(e.clientId()),
                    e.clientName(),
                    e.recordType(),
                    e.recordId(),
                    e.detail());
        }
        log.record(AuditAction.AUDIT_EXPORT, filter.clientId(), AuditRecordType.AUDIT, null, "rows: " + rows.size());
        return out.toString();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static void csvLine(StringWriter out, @Nullable String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            String field = fields[i] == null ? "" : fields[i];
            // A spreadsheet would run a name such as "=HYPERLINK(...)" as a formula; a leading quote keeps it text.
            if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
                field = "'" + field;
            }
            out.write(field.replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditFilter f) {
        return sql.param("actor", f.actorId())
                .param("client", f.clientId())
                .param("action", f.action() == null ? null : f.action().name())
                .param("from", f.from() == null ? null : Timestamp.from(f.from()))
                .param("to", f.to() == null ? null : Timestamp.from(f.to()));
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("actor_role"),
                rs.getString("action"),
                rs.getObject("client_id", UUID.class),
                rs.getString("client_name"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("detail"));
    }
}
