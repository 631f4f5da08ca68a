package app.attune.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "therapist")
class Therapist {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

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

    protected Therapist() {
    }

    Therapist(UserAccount user, String credentials, List<String> languages, List<String> modalities, String bio,
            Instant now) {
        this.user = user;
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

    UserAccount getUser() {
        return user;
    }
}
