package app.attune.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of record an audit event is about. Stored by {@link #code()}, the text rows already held before the
 * values became an enum, so codes never change once released; V014's {@code audit_event_record_type_known} lists the
 * same codes, and a test fails when the two disagree.
 */
public enum AuditRecordType {
    ACCOUNT("account"),
    ASSIGNMENT("assignment"),
    AUDIT("audit"),
    AVAILABILITY("availability"),
    AVAILABILITY_WINDOW("availability window"),
    CALENDAR("calendar"),
    CALENDAR_FEED("calendar_feed"),
    CLIENT("client"),
    CLINIC("clinic"),
    COMPLETION("completion"),
    CONSULTATION("consultation"),
    INVITATION("invitation"),
    NOTE("note"),
    NOTES("notes"),
    PRACTICE("practice"),
    PRACTICES("practices"),
    PROFILE("profile"),
    RECORD("record"),
    RETENTION("retention"),
    SESSION("session"),
    THEME("theme"),
    TIME_OFF("time off"),
    /** A screen refused by navigation access control; the record id is the path asked for. */
    ROUTE("route"),
    /** A service method refused by its role rule; the record id is {@code Class.method}. */
    SERVICE("service"),
    /** An HTTP request refused by the web security rules; the record id is the method and path. */
    REQUEST("request");

    private final String code;

    AuditRecordType(String code) {
        this.code = code;
    }

    /** The text stored in {@code audit_event.record_type}. */
    public String code() {
        return code;
    }

    /** The record type a stored code stands for, or empty for one this version doesn't know (a newer one wrote it). */
    public static Optional<AuditRecordType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
