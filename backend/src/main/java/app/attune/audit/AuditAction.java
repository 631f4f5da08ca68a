package app.attune.audit;

/** What happened. Stored by name, so names never change once released. */
public enum AuditAction {
    VIEW, CREATE, UPDATE, DISCHARGE, REASSIGN, EXPORT,
    INVITE, INVITE_RESEND, INVITE_REVOKE, INVITE_ACCEPT,
    SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED
    , ASSIGN, ASSIGNMENT_CHANGE, COMPLETE, RETIRE, RESTORE
}
