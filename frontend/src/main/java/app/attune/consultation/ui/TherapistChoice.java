package app.attune.consultation.ui;

import app.attune.people.TherapistCard;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the booking page's therapist choice: a therapist, or "first available", which has no id. */
record TherapistChoice(@Nullable UUID id, String displayName, String label) {

    static TherapistChoice firstAvailable(String label) {
        return new TherapistChoice(null, label, label);
    }

    static TherapistChoice of(TherapistCard card) {
        String label =
                card.credentials().isBlank() ? card.displayName() : card.displayName() + ", " + card.credentials();
        return new TherapistChoice(card.id(), card.displayName(), label);
    }
}
