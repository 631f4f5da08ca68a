package app.attune.notes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A note's content as one canonical text, the same however it was typed or stored: each field as its name, its
 * length and its value, sections by key and themes by id in order. A signature hashes it; saved versions keep it.
 */
final class NoteContent {

    private NoteContent() {}

    static String canonical(UUID noteId, UUID clientId, NoteDraft d) {
        var out = new StringBuilder();
        field(out, "note", noteId.toString());
        field(out, "client", clientId.toString());
        field(out, "template", d.template() == null ? "" : d.template().name());
        field(out, "sessionDate", d.sessionDate() == null ? "" : d.sessionDate().toString());
        new TreeMap<>(d.sections()).forEach((k, v) -> field(out, "section." + k, v == null ? "" : v));
        field(out, "distress", d.distress() == null ? "" : d.distress().toString());
        field(out, "riskFlag", String.valueOf(d.riskFlag()));
        field(out, "riskNote", d.riskNote() == null ? "" : d.riskNote());
        d.practices().forEach(p -> field(out, "practice", p));
        d.themeIds().stream().map(UUID::toString).sorted().forEach(t -> field(out, "theme", t));
        return out.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name)
                .append(':')
                .append(value.length())
                .append(':')
                .append(value)
                .append('\n');
    }
}
