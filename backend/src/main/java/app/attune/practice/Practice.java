package app.attune.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "practice")
class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeCategory category;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private String steps;

    @Column(nullable = false)
    private String why;

    @Column(name = "owner_id")
    private @Nullable UUID ownerId;

    @Column(name = "copied_from")
    private @Nullable UUID copiedFrom;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "practice_theme", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "theme_id")
    private Set<UUID> themeIds = new HashSet<>();

    protected Practice() {}

    Practice(@Nullable UUID ownerId, @Nullable UUID copiedFrom, PracticeForm form, Instant now) {
        this.ownerId = ownerId;
        this.copiedFrom = copiedFrom;
        this.createdAt = now;
        fill(form, now);
    }

    void apply(PracticeForm form, Instant now) {
        fill(form, now);
    }

    // Private, so that NullAway sees the constructor set every column the form carries.
    private void fill(PracticeForm form, Instant now) {
        this.title = form.title().strip();
        this.category = form.category();
        this.minutes = form.minutes();
        this.steps = String.join("\n", stepsOf(form.steps()));
        this.why = form.why().strip();
        this.themeIds.clear();
        if (form.themeIds() != null) {
            this.themeIds.addAll(form.themeIds());
        }
        this.updatedAt = now;
    }

    static List<String> stepsOf(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    UUID getId() {
        return id;
    }

    @Nullable
    UUID getOwnerId() {
        return ownerId;
    }

    String getTitle() {
        return title;
    }

    int getMinutes() {
        return minutes;
    }

    String getSteps() {
        return steps;
    }

    String getWhy() {
        return why;
    }

    Set<UUID> getThemeIds() {
        return themeIds;
    }

    long getVersion() {
        return version;
    }

    boolean isRetired() {
        return retiredAt != null;
    }

    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
            updatedAt = now;
        }
    }

    void restore(Instant now) {
        retiredAt = null;
        updatedAt = now;
    }

    PracticeSummary summary(UUID viewer) {
        return new PracticeSummary(
                id,
                title,
                category,
                minutes,
                stepsOf(steps),
                why,
                Set.copyOf(themeIds),
                ownerId,
                ownerId != null && ownerId.equals(viewer),
                retiredAt != null,
                version);
    }
}
