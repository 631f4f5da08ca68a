package app.attune.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "therapist")
class Therapist {

    // The sign-in account's id; the account itself is security's, and reached through its AccountDirectory.
    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(nullable = false, insertable = false, updatable = false)
    private String role = "THERAPIST";

    @Column(nullable = false)
    private String credentials;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> modalities = new ArrayList<>();

    @Column(nullable = false)
    private String bio;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Therapist() {}

    Therapist(
            UUID userId, String credentials, List<String> languages, List<String> modalities, String bio, Instant now) {
        this.userId = userId;
        this.credentials = credentials;
        this.languages = new ArrayList<>(languages);
        this.modalities = new ArrayList<>(modalities);
        this.bio = bio;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID getUserId() {
        return userId;
    }

    String getCredentials() {
        return credentials;
    }

    List<String> getLanguages() {
        return List.copyOf(languages);
    }

    String getBio() {
        return bio;
    }
}
