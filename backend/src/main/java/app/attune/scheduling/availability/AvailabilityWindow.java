package app.attune.scheduling.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "availability_window")
class AvailabilityWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WindowKind kind;

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected AvailabilityWindow() {}

    AvailabilityWindow(UUID therapistId, WindowKind kind, DayOfWeek day, LocalTime start, LocalTime end) {
        this.therapistId = therapistId;
        this.kind = kind;
        this.dayOfWeek = (short) day.getValue();
        this.startTime = start;
        this.endTime = end;
    }

    UUID getTherapistId() {
        return therapistId;
    }

    WeeklyWindow toRecord() {
        return new WeeklyWindow(id, therapistId, kind, DayOfWeek.of(dayOfWeek), startTime, endTime);
    }
}
