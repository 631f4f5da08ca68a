package app.attune.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "theme")
class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThemeCategory category;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Theme() {}

    Theme(ThemeCategory category, String name, String description, Instant now) {
        this.category = category;
        this.name = name;
        this.description = description;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    ThemeCategory getCategory() {
        return category;
    }

    String getName() {
        return name;
    }

    long getVersion() {
        return version;
    }

    void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    void restore() {
        retiredAt = null;
    }

    ThemeOption toOption() {
        return new ThemeOption(id, category, name, description, retiredAt, version);
    }
}
