package app.attune.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened. Stored by name, so names never change once released; V014's {@code audit_event_action_known} lists
 * the same names, and a test fails when the two disagree.
 */
public enum AuditAction {
    VIEW,
    CREATE,
    UPDATE,
    DISCHARGE,
    REASSIGN,
    EXPORT,
    INVITE,
    INVITE_RESEND,
    INVITE_REVOKE,
    INVITE_ACCEPT,
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCESS_DENIED,
    RESCHEDULE,
    CANCEL,
    MARK_COMPLETED,
    MARK_NO_SHOW,
    CALENDAR_FEED_RESET,
    CALENDAR_FEED_REVOKE,
    ASSIGN,
    ASSIGNMENT_CHANGE,
    COMPLETE,
    RETIRE,
    RESTORE,
    SIGN,
    ADDENDUM,
    AUDIT_VIEW,
    AUDIT_EXPORT,
    AUDIT_VERIFY,
    SIGN_OUT,
    SIGN_OUT_EVERYWHERE,
    PASSWORD_RESET_REQUEST,
    PASSWORD_RESET,
    PASSWORD_CHANGE,
    TWO_FACTOR_ON,
    TWO_FACTOR_OFF,
    RECOVERY_CODES_RENEW,
    RECOVERY_CODE_USE,
    SIGN_IN_POLICY,
    RETENTION_CHANGE,
    RECORD_PURGED;

    /** The message key that names this action on screen. */
    static final String UNKNOWN_KEY = "audit.unknown";

    /** The action a stored name stands for, or empty for one this version doesn't know (a newer one wrote it). */
    public static Optional<AuditAction> fromName(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * The message key for a stored action: {@code audit.NAME} for a known one, {@code audit.unknown} (which shows
     * the stored name as its {0}) for one this version doesn't know, so that a screen never fails on a row a newer
     * version wrote.
     */
    public static String labelKey(String name) {
        return fromName(name).map(a -> "audit." + a.name()).orElse(UNKNOWN_KEY);
    }
}
