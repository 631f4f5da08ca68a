package app.attune.audit;

/** What happened. Stored by name, so names never change once released. */
public enum AuditAction {
    VIEW, CREATE, UPDATE, DISCHARGE, REASSIGN, EXPORT,
    INVITE, INVITE_RESEND, INVITE_REVOKE, INVITE_ACCEPT,
    SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED,
    RESCHEDULE, CANCEL, MARK_COMPLETED, MARK_NO_SHOW, CALENDAR_FEED_RESET, CALENDAR_FEED_REVOKE
}
