package app.attune.audit;

import app.attune.security.AttuneUser;
import app.attune.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. Writing needs no permission: every feature records what its users do.
 *
 * @see "docs/decisions/005-client-access-and-audit.md"
 */
@Service
public class AuditLog {

    /** The longest record id the table holds (V002). */
    static final int RECORD_ID_LENGTH = 80;

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records what the signed-in person did, in the caller's transaction, which must exist: if the change rolls
     * back, so does its record. {@code detail} must never hold clinical content.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditAction action,
            @Nullable UUID clientId,
            AuditRecordType recordType,
            @Nullable Object recordId,
            @Nullable String detail) {
        write(action, clientId, recordType, recordId, detail);
    }

    private void write(
            AuditAction action,
            @Nullable UUID clientId,
            AuditRecordType recordType,
            @Nullable Object recordId,
            @Nullable String detail) {
        var actor = currentUser.find();
        events.save(new AuditEvent(
                clock.instant(),
                actor.map(AttuneUser::id).orElse(null),
                actor.map(u -> u.role().name()).orElse("ANONYMOUS"),
                action,
                clientId,
                recordType.code(),
                recordId == null ? null : recordId.toString(),
                detail));
    }

    /**
     * Records a look at a record, or a refused look ({@link AuditAction#ACCESS_DENIED}), in a transaction of its own:
     * reads run in read-only transactions, and a refusal must be kept although the request then fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccess(
            AuditAction action, @Nullable UUID clientId, AuditRecordType recordType, @Nullable Object recordId) {
        write(action, clientId, recordType, recordId, null);
    }

    /**
     * Records a refusal by a role rule ({@link AuditAction#ACCESS_DENIED}) that names no client: a screen, a service
     * method or a request, {@code what} being its path or name (cut to the 80 characters a record id holds). In a
     * transaction of its own, so the row stays although the refused call fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditRecordType kind, @Nullable String what) {
        String id = what == null || what.length() <= RECORD_ID_LENGTH ? what : what.substring(0, RECORD_ID_LENGTH);
        write(AuditAction.ACCESS_DENIED, null, kind, id, null);
    }

    /**
     * Records something that happened to an account's sign-in, by or for its own person, in a transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccount(UUID userId, String role, AuditAction action, @Nullable String detail) {
        events.save(new AuditEvent(
                clock.instant(),
                userId,
                role,
                action,
                null,
                AuditRecordType.ACCOUNT.code(),
                userId.toString(),
                detail));
    }

    /** Records a sign-in attempt by a known account (or, with a null id, an unknown one), in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(@Nullable UUID userId, @Nullable String role, boolean success) {
        events.save(new AuditEvent(
                clock.instant(),
                userId,
                role == null ? "ANONYMOUS" : role,
                success ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED,
                null,
                AuditRecordType.ACCOUNT.code(),
                userId == null ? null : userId.toString(),
                userId == null ? "unknown account" : null));
    }
}
