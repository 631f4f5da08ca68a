package app.attune.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "note_addendum")
class NoteAddendum {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "note_id", nullable = false, updatable = false)
    private UUID noteId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NoteAddendum() {}

    NoteAddendum(UUID noteId, UUID authorId, String body, String contentHash, Instant now) {
        this.noteId = noteId;
        this.authorId = authorId;
        this.body = body;
        this.contentHash = contentHash;
        this.createdAt = now;
    }

    UUID getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    String getContentHash() {
        return contentHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
