package app.attune.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "client")
class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "preferred_name")
    private @Nullable String preferredName;

    private @Nullable String pronouns;

    @Column(name = "date_of_birth")
    private @Nullable LocalDate dateOfBirth;

    @Column(columnDefinition = "citext")
    private @Nullable String email;

    private @Nullable String phone;

    private @Nullable String address;

    @Column(name = "preferred_language")
    private @Nullable String preferredLanguage;

    @Column(name = "emergency_name")
    private @Nullable String emergencyName;

    @Column(name = "emergency_phone")
    private @Nullable String emergencyPhone;

    @Column(name = "emergency_relationship")
    private @Nullable String emergencyRelationship;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientStatus status;

    @Column(name = "discharge_date")
    private @Nullable LocalDate dischargeDate;

    @Column(name = "discharge_reason")
    private @Nullable String dischargeReason;

    @Column(name = "primary_therapist_id", nullable = false)
    private UUID primaryTherapistId;

    @Column(name = "consent_signed_on")
    private @Nullable LocalDate consentSignedOn;

    @Column(name = "email_consent", nullable = false)
    private boolean emailConsent;

    @Column(name = "user_id")
    private @Nullable UUID userId;

    // Filled by PostgreSQL (generated columns) for accent-blind search.
    @Column(name = "search_text", insertable = false, updatable = false)
    private @Nullable String searchText;

    @Column(name = "phone_digits", insertable = false, updatable = false)
    private @Nullable String phoneDigits;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "client_concern",
            joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "concern_id"))
    private Set<Concern> concerns = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Client() {}

    Client(UUID primaryTherapistId, ClientForm form, Set<Concern> newConcerns, Instant now) {
        this.primaryTherapistId = primaryTherapistId;
        this.createdAt = now;
        fill(form, newConcerns, now);
    }

    void apply(ClientForm form, Set<Concern> newConcerns, Instant now) {
        fill(form, newConcerns, now);
    }

    // Private, so that NullAway sees the constructor set every column the form carries.
    private void fill(ClientForm form, Set<Concern> newConcerns, Instant now) {
        legalName = form.legalName().strip();
        preferredName = blankToNull(form.preferredName());
        pronouns = blankToNull(form.pronouns());
        dateOfBirth = form.dateOfBirth();
        email = blankToNull(form.email());
        phone = blankToNull(form.phone());
        address = blankToNull(form.address());
        preferredLanguage = blankToNull(form.preferredLanguage());
        emergencyName = blankToNull(form.emergencyName());
        emergencyPhone = blankToNull(form.emergencyPhone());
        emergencyRelationship = blankToNull(form.emergencyRelationship());
        // Choosing an open status for a discharged client re-admits them: the discharge no longer applies.
        if (form.status() != ClientStatus.DISCHARGED) {
            dischargeDate = null;
            dischargeReason = null;
        }
        status = form.status();
        consentSignedOn = form.consentSignedOn();
        emailConsent = form.emailConsent();
        concerns.clear();
        concerns.addAll(newConcerns);
        updatedAt = now;
    }

    void applyContact(MyContactForm form, Instant now) {
        email = blankToNull(form.email());
        phone = blankToNull(form.phone());
        emergencyName = blankToNull(form.emergencyName());
        emergencyPhone = blankToNull(form.emergencyPhone());
        emergencyRelationship = blankToNull(form.emergencyRelationship());
        updatedAt = now;
    }

    void discharge(LocalDate date, String reason, Instant now) {
        status = ClientStatus.DISCHARGED;
        dischargeDate = date;
        dischargeReason = reason.strip();
        updatedAt = now;
    }

    void reassign(UUID therapistId, Instant now) {
        primaryTherapistId = therapistId;
        updatedAt = now;
    }

    void linkPortalAccount(UUID userId, Instant now) {
        this.userId = userId;
        updatedAt = now;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String displayName() {
        return preferredName != null ? preferredName : legalName;
    }

    UUID getId() {
        return id;
    }

    String getLegalName() {
        return legalName;
    }

    @Nullable
    String getPreferredName() {
        return preferredName;
    }

    @Nullable
    String getPronouns() {
        return pronouns;
    }

    @Nullable
    LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    @Nullable
    String getPhone() {
        return phone;
    }

    @Nullable
    String getAddress() {
        return address;
    }

    @Nullable
    String getPreferredLanguage() {
        return preferredLanguage;
    }

    @Nullable
    String getEmergencyName() {
        return emergencyName;
    }

    @Nullable
    String getEmergencyPhone() {
        return emergencyPhone;
    }

    @Nullable
    String getEmergencyRelationship() {
        return emergencyRelationship;
    }

    ClientStatus getStatus() {
        return status;
    }

    @Nullable
    LocalDate getDischargeDate() {
        return dischargeDate;
    }

    @Nullable
    String getDischargeReason() {
        return dischargeReason;
    }

    UUID getPrimaryTherapistId() {
        return primaryTherapistId;
    }

    @Nullable
    LocalDate getConsentSignedOn() {
        return consentSignedOn;
    }

    boolean isEmailConsent() {
        return emailConsent;
    }

    @Nullable
    UUID getUserId() {
        return userId;
    }

    Set<Concern> getConcerns() {
        return concerns;
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
}
