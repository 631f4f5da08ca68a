package app.attune.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "concern")
class Concern {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Concern() {}

    Concern(String code, String name, Instant now) {
        this.code = code;
        this.name = name;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isRetired() {
        return retired;
    }

    ConcernOption toOption() {
        return new ConcernOption(id, code, name, retired);
    }
}
