package app.attune.records;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.security.Access;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long the clinic keeps records, the discharged records past that period, and purging one of them after an
 * admin's review. Admins only; anyone else's attempt is audited. Whether a record is past its period is decided by
 * the database ({@code client_retention}, in the clinic's time zone), which also refuses to purge any other record.
 * Names and counts come from the read models the other features publish ({@code client_names},
 * {@code appointment_times}, {@code client_note_counts}, {@code client_practice_counts}; V016).
 *
 * @see "docs/decisions/013-record-retention.md"
 * @see "docs/decisions/016-query-idioms.md"
 */
@Service
@HandleAuthorizationDenied(handlerClass = RetentionRefusal.class)
public class RecordRetention {

    private static final String PAST = """
            from client_retention r join client_names c on c.id = r.client_id
            where r.past_retention
            """;

    private final JdbcClient jdbc;
    private final ClinicService clinics;
    private final AuditLog audit;

    RecordRetention(JdbcClient jdbc, ClinicService clinics, AuditLog audit) {
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.audit = audit;
    }

    /** The retention period in years. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public int years() {
        return clinics.recordRetentionYears();
    }

    /** Sets the retention period (1 to 100 years). The change is audited with the old and new period. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void changeYears(Integer years) {
        int before = clinics.changeRecordRetention(years);
        if (before != years) {
            audit.record(
                    AuditAction.RETENTION_CHANGE,
                    null,
                    AuditRecordType.CLINIC,
                    null,
                    "retention period from " + before + " to " + years + " years");
        }
    }

    /** One page of the discharged records past the retention period, the longest past first. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<PastRetention> pastRetention(Pageable page) {
        return jdbc.sql("""
                select r.client_id, c.legal_name, c.preferred_name, r.discharge_date, r.last_appointment_on,
                       r.eligible_on
                """ + PAST + "order by r.eligible_on, c.legal_name, r.client_id limit :limit offset :offset")
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new PastRetention(
                        rs.getObject("client_id", UUID.class),
                        rs.getString("legal_name"),
                        rs.getString("preferred_name"),
                        day(rs, "discharge_date"),
                        day(rs, "last_appointment_on"),
                        day(rs, "eligible_on")))
                .list();
    }

    /** How many discharged records are past the retention period. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long countPastRetention() {
        return jdbc.sql("select count(*) " + PAST).query(Long.class).single();
    }

    /**
     * What purging this record would remove, as counts, for the admin's review. Refused for a record that is not
     * past its period. The look is audited.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public PurgePreview preview(UUID clientId) {
        var preview = jdbc.sql("""
                select r.client_id, c.legal_name, r.discharge_date, r.last_appointment_on, r.eligible_on,
                       (select count(*) from appointment_times where client_id = r.client_id) as appointments,
                       coalesce((select notes from client_note_counts where client_id = r.client_id), 0) as notes,
                       coalesce((select signed_notes from client_note_counts where client_id = r.client_id), 0)
                           as signed_notes,
                       coalesce((select addenda from client_note_counts where client_id = r.client_id), 0) as addenda,
                       coalesce((select practices from client_practice_counts where client_id = r.client_id), 0)
                           as practices,
                       coalesce((select completions from client_practice_counts where client_id = r.client_id), 0)
                           as completions,
                       c.portal_account
                """ + PAST + "and r.client_id = :client")
                .param("client", clientId)
                .query((rs, n) -> new PurgePreview(
                        rs.getObject("client_id", UUID.class),
                        rs.getString("legal_name"),
                        day(rs, "discharge_date"),
                        day(rs, "last_appointment_on"),
                        day(rs, "eligible_on"),
                        rs.getLong("appointments"),
                        rs.getLong("notes"),
                        rs.getLong("signed_notes"),
                        rs.getLong("addenda"),
                        rs.getLong("practices"),
                        rs.getLong("completions"),
                        rs.getBoolean("portal_account")))
                .optional()
                .orElseThrow(RecordRetention::notPastRetention);
        audit.recordAccess(AuditAction.VIEW, clientId, AuditRecordType.RETENTION, clientId);
        return preview;
    }

    /**
     * Removes the client's whole record, for good, once an admin has typed the client's legal name to confirm. The
     * record must still be past its period when the purge runs, in the same transaction. The audit log keeps the
     * client's id and how many rows each table lost, never a name or clinical content.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public PurgeResult purge(UUID clientId, String confirmation) {
        String legalName = jdbc.sql("select c.legal_name " + PAST + "and r.client_id = :client")
                .param("client", clientId)
                .query(String.class)
                .optional()
                .orElseThrow(RecordRetention::notPastRetention);
        if (confirmation == null || confirmation.isBlank()) {
            throw new InvalidInputException("confirmation", "Please type the client's legal name to confirm.");
        }
        if (!PurgeConfirmation.matches(confirmation, legalName)) {
            throw new InvalidInputException(
                    "confirmation",
                    "That doesn't match the name on the record. Please type it exactly as shown above.");
        }
        var removed = new LinkedHashMap<String, Long>();
        try {
            jdbc.sql("select what, removed from purge_client(:client)")
                    .param("client", clientId)
                    .query((rs, n) -> Map.entry(rs.getString("what"), rs.getLong("removed")))
                    .list()
                    .forEach(row -> removed.put(row.getKey(), row.getValue()));
        } catch (DataAccessException e) {
            String message = e.getMostSpecificCause().getMessage();
            if (message != null && message.contains("not discharged past the retention period")) {
                throw notPastRetention();
            }
            throw e;
        }
        audit.record(
                AuditAction.RECORD_PURGED,
                clientId,
                AuditRecordType.CLIENT,
                clientId,
                "removed rows: "
                        + removed.entrySet().stream()
                                .filter(e -> e.getValue() > 0)
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
        return new PurgeResult(removed);
    }

    private static InvalidInputException notPastRetention() {
        return new InvalidInputException(
                "client",
                "This record is not past its retention period (or is no longer on file), so it can't be purged.");
    }

    private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
