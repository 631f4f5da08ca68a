package app.attune.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import org.jspecify.annotations.Nullable;

/**
 * The seal's rules, with no Spring and no database: the canonical form of a row, the seal that chains it to the one
 * before, and the MAC of a checkpoint. Every field is written with its length in front, so that no value can pose as
 * a separator or as another field; times are microseconds since the epoch, as PostgreSQL keeps them.
 *
 * @see "Design decision: docs/decisions/015-audit-seal.md"
 */
final class AuditSeals {

    /** The seal of the row before the first: 32 zero bytes. */
    static final byte[] GENESIS = new byte[32];

    private AuditSeals() {}

    /** One audit row as it is sealed: every column the log holds. */
    record Row(
            long id,
            Instant occurredAt,
            @Nullable UUID actorId,
            String actorRole,
            String action,
            @Nullable UUID clientId,
            @Nullable String recordType,
            @Nullable String recordId,
            @Nullable String detail) {}

    /** One checkpoint as its MAC covers it. {@code prevMac} is null for the first. */
    record Checkpoint(long seq, Instant sealedAt, long headSeq, byte[] headSeal, byte @Nullable [] prevMac) {}

    /** The row's canonical content at its place in the chain. */
    static byte[] canonical(long seq, Row row) {
        var out = new ByteArrayOutputStream();
        field(out, "attune-audit-row-v1");
        field(out, Long.toString(seq));
        field(out, Long.toString(row.id()));
        field(out, Long.toString(micros(row.occurredAt())));
        field(out, text(row.actorId()));
        field(out, row.actorRole());
        field(out, row.action());
        field(out, text(row.clientId()));
        field(out, row.recordType());
        field(out, row.recordId());
        field(out, row.detail());
        return out.toByteArray();
    }

    /** seal(n) = HMAC-SHA256(key, seal(n-1) || canonical(n, row)). */
    static byte[] seal(AuditSealKey key, byte[] previous, long seq, Row row) {
        var mac = mac(key);
        mac.update(previous);
        mac.update(canonical(seq, row));
        return mac.doFinal();
    }

    /** The checkpoint's MAC over its number, time, head and the MAC of the checkpoint before it. */
    static byte[] checkpointMac(AuditSealKey key, Checkpoint checkpoint) {
        var out = new ByteArrayOutputStream();
        field(out, "attune-audit-checkpoint-v1");
        field(out, Long.toString(checkpoint.seq()));
        field(out, Long.toString(micros(checkpoint.sealedAt())));
        field(out, Long.toString(checkpoint.headSeq()));
        field(out, HexFormat.of().formatHex(checkpoint.headSeal()));
        field(out, checkpoint.prevMac() == null ? null : HexFormat.of().formatHex(checkpoint.prevMac()));
        return mac(key).doFinal(out.toByteArray());
    }

    /** The instant as PostgreSQL stores it: whole microseconds. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static @Nullable String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }

    // null is written as "-", any other value as "<byte length>:<UTF-8 bytes>", so that "-" itself reads "1:-".
    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.write('-');
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
        }
        out.write('\n');
    }

    private static Mac mac(AuditSealKey key) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key.spec());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
