package app.attune.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "outbox_email")
class OutboxEmail {

    enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "to_address", nullable = false, updatable = false)
    private String toAddress;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "attachment_name", updatable = false)
    private @Nullable String attachmentName;

    @Column(name = "attachment_type", updatable = false)
    private @Nullable String attachmentType;

    @Column(name = "attachment_data", updatable = false)
    private byte @Nullable [] attachmentData;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutboxEmail() {}

    OutboxEmail(Email email, Instant now) {
        this.toAddress = email.to();
        this.subject = email.subject();
        this.bodyText = email.text();
        if (email.attachment() != null) {
            this.attachmentName = email.attachment().fileName();
            this.attachmentType = email.attachment().contentType();
            this.attachmentData = email.attachment().content();
        }
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    String getToAddress() {
        return toAddress;
    }

    String getSubject() {
        return subject;
    }

    String getBodyText() {
        return bodyText;
    }

    boolean hasAttachment() {
        return attachmentName != null;
    }

    @Nullable
    String getAttachmentName() {
        return attachmentName;
    }

    @Nullable
    String getAttachmentType() {
        return attachmentType;
    }

    byte @Nullable [] getAttachmentData() {
        return attachmentData;
    }

    int getAttempts() {
        return attempts;
    }

    void sent(Instant now) {
        this.status = Status.SENT;
        this.sentAt = now;
    }

    void retryLater(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error;
        this.nextAttemptAt = retryAt;
    }

    void giveUp(String error) {
        this.attempts++;
        this.lastError = error;
        this.status = Status.FAILED;
    }
}
