package app.attune.audit;

import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals the audit log (HMAC-SHA256). It comes from configuration ({@code attune.audit.seal-key},
 * base64, at least 32 bytes) and is never written to the database, so that someone who can change the database
 * still cannot forge a seal.
 *
 * @see "Design decision: docs/decisions/015-audit-seal.md"
 */
final class AuditSealKey {

    static final int MIN_BYTES = 32;

    /**
     * The demo's key. It is published here, so it protects nothing: only the demo profile uses it, and any other
     * start refuses it.
     */
    static final String DEMO = "ZGVtby1vbmx5LWF0dHVuZS1hdWRpdC1zZWFsLWtleS1wdWJsaXNoZWQtaW4tc291cmNl";

    private final SecretKeySpec key;

    private AuditSealKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /**
     * Reads a key given in base64.
     *
     * @throws IllegalArgumentException the text is not base64 or holds fewer than 32 bytes; the message says which
     */
    static AuditSealKey fromBase64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not base64", e);
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException(
                    "it holds " + bytes.length + " bytes, and at least " + MIN_BYTES + " are needed");
        }
        return new AuditSealKey(bytes);
    }

    /** True when this is the published demo key. */
    boolean isDemo() {
        return MessageDigest.isEqual(key.getEncoded(), Base64.getDecoder().decode(DEMO));
    }

    SecretKeySpec spec() {
        return key;
    }

    @Override
    public String toString() {
        return "AuditSealKey[hidden]";
    }
}
