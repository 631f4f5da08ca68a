package app.attune.client;

import java.util.UUID;

/** A client as other features name them: whose caseload they are in, what to call them, and whether they are open. */
public record CaseloadClient(UUID id, UUID therapistId, String displayName, ClientStatus status) {

    /** The initials of the client's name, e.g. "J. D.", for places that must not show the whole name. */
    public String initials() {
        var words = displayName.strip().split("\\s+");
        var first = words[0];
        var last = words[words.length - 1];
        String a = first.substring(0, first.offsetByCodePoints(0, 1)).toUpperCase();
        if (words.length == 1) {
            return a + ".";
        }
        return a + ". " + last.substring(0, last.offsetByCodePoints(0, 1)).toUpperCase() + ".";
    }
}
