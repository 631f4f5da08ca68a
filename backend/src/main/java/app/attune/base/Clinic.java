package app.attune.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "clinic")
class Clinic {

    static final short ID = 1;

    @Id
    private Short id = ID;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "record_retention_years", nullable = false)
    private short recordRetentionYears = 10;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Clinic() {}

    Clinic(String name, String timeZone, Instant now) {
        this.name = name;
        this.timeZone = timeZone;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String getName() {
        return name;
    }

    String getTimeZone() {
        return timeZone;
    }

    int getRecordRetentionYears() {
        return recordRetentionYears;
    }

    void changeRecordRetention(int years, Instant now) {
        this.recordRetentionYears = (short) years;
        this.updatedAt = now;
    }

    void rename(String name, String timeZone, Instant now) {
        this.name = name;
        this.timeZone = timeZone;
        this.updatedAt = now;
    }
}
