package app.attune.notes;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "session_note")
class SessionNote {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private UUID therapistId;

    @Column(name = "appointment_id", updatable = false)
    private @Nullable UUID appointmentId;

    @Column(name = "session_date")
    private @Nullable LocalDate sessionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteTemplate template;

    @ElementCollection
    @CollectionTable(name = "session_note_section", joinColumns = @JoinColumn(name = "note_id"))
    @MapKeyColumn(name = "section")
    @Column(name = "body", nullable = false)
    private Map<String, String> sections = new HashMap<>();

    private @Nullable Short distress;

    @Column(name = "risk_flag", nullable = false)
    private boolean riskFlag;

    @Column(name = "risk_note")
    private @Nullable String riskNote;

    @Column(nullable = false)
    private String[] practices = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteStatus status = NoteStatus.DRAFT;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Column(name = "signed_by")
    private @Nullable UUID signedBy;

    @Column(name = "content_hash")
    private @Nullable String contentHash;

    @ManyToMany
    @JoinTable(
            name = "session_note_theme",
            joinColumns = @JoinColumn(name = "note_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SessionNote() {}

    SessionNote(
            UUID clientId,
            UUID therapistId,
            @Nullable UUID appointmentId,
            @Nullable LocalDate sessionDate,
            Instant now) {
        this.clientId = clientId;
        this.therapistId = therapistId;
        this.appointmentId = appointmentId;
        this.sessionDate = sessionDate;
        this.template = NoteTemplate.DAP;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getClientId() {
        return clientId;
    }

    UUID getTherapistId() {
        return therapistId;
    }

    @Nullable
    UUID getAppointmentId() {
        return appointmentId;
    }

    @Nullable
    LocalDate getSessionDate() {
        return sessionDate;
    }

    NoteStatus getStatus() {
        return status;
    }

    @Nullable
    Instant getSignedAt() {
        return signedAt;
    }

    @Nullable
    UUID getSignedBy() {
        return signedBy;
    }

    @Nullable
    String getContentHash() {
        return contentHash;
    }

    Set<Theme> getThemes() {
        return themes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    NoteDraft content() {
        return new NoteDraft(
                template,
                sessionDate,
                sections,
                distress == null ? null : distress.intValue(),
                riskFlag,
                riskNote,
                List.of(practices),
                themes.stream().map(Theme::getId).collect(java.util.stream.Collectors.toSet()));
    }

    void apply(NoteDraft draft, Set<Theme> chosen, Instant now) {
        template = draft.template();
        sessionDate = draft.sessionDate();
        // Empty sections are not kept; the map is changed in place so only what changed is written.
        var kept = new HashMap<String, String>();
        draft.sections().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v);
            }
        });
        sections.keySet().retainAll(kept.keySet());
        sections.putAll(kept);
        distress = draft.distress() == null ? null : draft.distress().shortValue();
        riskFlag = draft.riskFlag();
        riskNote = draft.riskNote();
        practices = draft.practices().toArray(String[]::new);
        themes.retainAll(chosen);
        themes.addAll(chosen);
        updatedAt = now;
    }

    void sign(UUID signer, String hash, Instant now) {
        status = NoteStatus.SIGNED;
        signedBy = signer;
        signedAt = now;
        contentHash = hash;
        updatedAt = now;
    }

    @Override
    public String toString() {
        // Never the content: a note must not end up in a log by accident.
        return "SessionNote[" + id + ", " + status + ", practices="
                + Arrays.asList(practices).size() + "]";
    }
}
