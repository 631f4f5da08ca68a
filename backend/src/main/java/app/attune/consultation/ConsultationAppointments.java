package app.attune.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.attune.scheduling.AppointmentStatus;
import app.attune.security.TherapistDirectory;

/** Reads a consultation together with its appointment, which the scheduling feature owns. */
@Component
class ConsultationAppointments {

    record Row(Consultation consultation, UUID appointmentId, UUID therapistId, @Nullable String therapistName,
            Instant start, Instant end, AppointmentStatus status, int sequence, @Nullable UUID clientId) {
    }

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

    boolean isTaken(UUID therapistId, Instant start, Instant end) {
        return jdbc.sql("""
                select exists (select 1 from appointment where therapist_id = :t and status <> 'CANCELLED'
                               and starts_at < :end and ends_at > :start)""")
                .param("t", therapistId).param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(end)).query(Boolean.class).single();
    }

    void clearReminder(UUID appointmentId) {
        jdbc.sql("update consultation set reminder_sent_at = null where appointment_id = :id")
                .param("id", appointmentId).update();
    }

    private Row row(Consultation c) {
        var a = jdbc.sql("select therapist_id, starts_at, ends_at, status, version, client_id from appointment where id = :id")
                .param("id", c.getAppointmentId())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), AppointmentStatus.valueOf(rs.getString(4)), rs.getInt(5),
                        rs.getObject(6, UUID.class)})
                .single();
        UUID therapistId = (UUID) a[0];
        return new Row(c, c.getAppointmentId(), therapistId, therapists.names(List.of(therapistId)).get(therapistId),
                (Instant) a[1], (Instant) a[2], (AppointmentStatus) a[3], (Integer) a[4], (UUID) a[5]);
    }
}
