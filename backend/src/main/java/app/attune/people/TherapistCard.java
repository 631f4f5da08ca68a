package app.attune.people;

import java.util.List;
import java.util.UUID;

/** What the public may know of a therapist: name, credentials, languages and a short introduction. */
public record TherapistCard(UUID id, String displayName, String credentials, List<String> languages, String bio) {

    public TherapistCard {
        languages = List.copyOf(languages);
    }
}
