package app.attune.consultation;

import app.attune.people.TherapistDirectory;
import app.attune.scheduling.AppointmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a consultation together with its appointment, which the scheduling feature owns and publishes as the
 * {@code appointment_times} view (V016).
 *
 * @see "docs/decisions/016-query-idioms.md"
 */
@Component
class ConsultationAppointments {

    record Row(
            Consultation consultation,
            UUID appointmentId,
            UUID therapistId,
            @Nullable String therapistName,
            Instant start,
            Instant end,
            AppointmentStatus status,
            int sequence,
            @Nullable UUID clientId) {}

    private final ConsultationRepository consultations;
    private final JdbcClient jdbc;
    private final TherapistDirectory therapists;

    ConsultationAppointments(ConsultationRepository consultations, JdbcClient jdbc, TherapistDirectory therapists) {
        this.consultations = consultations;
        this.jdbc = jdbc;
        this.therapists = therapists;
    }

    Optional<Row> byTokenHash(String tokenHash) {
        return consultations.findByManageTokenHash(tokenHash).map(this::row);
    }

    Optional<Row> byAppointment(UUID appointmentId) {
        return consultations.findById(appointmentId).map(this::row);
    }

    /**
     * The consultations of these appointments with their appointments, in a fixed number of queries however many
     * there are, for jobs that handle a batch.
     */
    List<Row> byAppointments(Collection<UUID> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return List.of();
        }
        var found = consultations.findAllById(appointmentIds);
        if (found.isEmpty()) {
            return List.of();
        }
        var times = jdbc
                .sql("""
                select id, therapist_id, starts_at, ends_at, status, version, client_id from appointment_times
                where id in (:ids)""")
                .param("ids", found.stream().map(Consultation::getAppointmentId).toList())
                .query(ConsultationAppointments::times)
                .list()
                .stream()
                .collect(Collectors.toMap(Times::id, Function.identity()));
        var names =
                therapists.names(times.values().stream().map(Times::therapistId).collect(Collectors.toSet()));
        return found.stream()
                .map(c -> {
                    var a = Objects.requireNonNull(
                            times.get(c.getAppointmentId()), "every consultation has its appointment");
                    return new Row(
                            c,
                            a.id(),
                            a.therapistId(),
                            names.get(a.therapistId()),
                            a.start(),
                            a.end(),
                            a.status(),
                            a.sequence(),
                            a.clientId());
                })
                .toList();
    }

    boolean isTaken(UUID therapistId, Instant start, Instant end) {
        return jdbc.sql("""
                select exists (select 1 from appointment_times where therapist_id = :t and status <> 'CANCELLED'
                               and starts_at < :end and ends_at > :start)""")
                .param("t", therapistId)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(Boolean.class)
                .single();
    }

    void clearReminder(UUID appointmentId) {
        jdbc.sql("update consultation set reminder_sent_at = null where appointment_id = :id")
                .param("id", appointmentId)
                .update();
    }

    private Row row(Consultation c) {
        var a = jdbc.sql("""
                select id, therapist_id, starts_at, ends_at, status, version, client_id from appointment_times
                where id = :id""")
                .param("id", c.getAppointmentId())
                .query(ConsultationAppointments::times)
                .single();
        return new Row(
                c,
                c.getAppointmentId(),
                a.therapistId(),
                therapists.names(List.of(a.therapistId())).get(a.therapistId()),
                a.start(),
                a.end(),
                a.status(),
                a.sequence(),
                a.clientId());
    }

    private static Times times(ResultSet rs, int row) throws SQLException {
        return new Times(
                rs.getObject("id", UUID.class),
                rs.getObject("therapist_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getObject("client_id", UUID.class));
    }

    /** An appointment's time, people and status, as {@code appointment_times} publishes them. */
    private record Times(
            UUID id,
            UUID therapistId,
            Instant start,
            Instant end,
            AppointmentStatus status,
            int sequence,
            UUID clientId) {}
}
