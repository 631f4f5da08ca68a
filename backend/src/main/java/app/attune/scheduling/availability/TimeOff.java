package app.attune.scheduling.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "time_off")
class TimeOff {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    private @Nullable String note;

    protected TimeOff() {}

    TimeOff(UUID therapistId, LocalDate firstDay, LocalDate lastDay, @Nullable String note) {
        this.therapistId = therapistId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = note;
    }

    UUID getTherapistId() {
        return therapistId;
    }

    DayOff toRecord() {
        return new DayOff(id, therapistId, firstDay, lastDay, note);
    }
}
