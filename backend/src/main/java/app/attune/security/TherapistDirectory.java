package app.attune.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's therapists as visitors see them on the landing page. */
@Service
public class TherapistDirectory {

    private final TherapistRepository therapists;

    TherapistDirectory(TherapistRepository therapists) {
        this.therapists = therapists;
    }

    /** Every active therapist, by name. Public: carries nothing beyond a therapist's public profile. */
    @Transactional(readOnly = true)
    public List<TherapistCard> publicTherapists() {
        return therapists.findPublicCards();
    }

    /** The display names of these therapists, in one query, for lists that show whose client someone is. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return therapists.findAllById(ids).stream()
                .collect(Collectors.toMap(Therapist::getUserId, t -> t.getUser().getDisplayName()));
    }

    /** Whether this id belongs to an active therapist. */
    @Transactional(readOnly = true)
    public boolean isTherapist(UUID id) {
        return id != null && therapists.findById(id).map(t -> t.getUser().isEnabled()).orElse(false);
    }

    /** A therapist's sign-in email, where Attune sends them notices about their appointments. */
    @Transactional(readOnly = true)
    public String email(UUID id) {
        return therapists.findById(id).map(t -> t.getUser().getEmail()).orElseThrow();
    }

    /** The sign-in emails of these therapists, in one query, for jobs that write to many of them at once. */
    @Transactional(readOnly = true)
    public Map<UUID, String> emails(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return therapists.findAllById(ids).stream()
                .collect(Collectors.toMap(Therapist::getUserId, t -> t.getUser().getEmail()));
    }
}
