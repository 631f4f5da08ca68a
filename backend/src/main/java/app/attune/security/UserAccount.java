package app.attune.security;

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
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(nullable = false, columnDefinition = "citext")
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sessions_revoked_at")
    private @Nullable Instant sessionsRevokedAt;

    @Column(name = "totp_secret")
    private @Nullable String totpSecret;

    @Column(name = "totp_enabled_at")
    private @Nullable Instant totpEnabledAt;

    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String email, Role role, String displayName, String passwordHash, Instant now) {
        this.email = email;
        this.role = role;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    String getDisplayName() {
        return displayName;
    }

    boolean isEnabled() {
        return enabled;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    @Nullable
    String getTotpSecret() {
        return totpSecret;
    }

    boolean hasTwoFactor() {
        return totpEnabledAt != null;
    }

    /** Keeps a new secret until a first code confirms it; two-step sign-in is not on before that. */
    void startTwoFactor(String secret, Instant now) {
        this.totpSecret = secret;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        this.updatedAt = now;
    }

    void enableTwoFactor(Instant now) {
        this.totpEnabledAt = now;
        this.updatedAt = now;
    }

    void disableTwoFactor(Instant now) {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        this.updatedAt = now;
    }
}
