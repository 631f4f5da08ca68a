package app.attune.people;

import app.attune.security.AccountDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's therapists as visitors see them on the landing page. */
@Service
public class TherapistDirectory {

    private final TherapistRepository therapists;
    private final AccountDirectory accounts;

    TherapistDirectory(TherapistRepository therapists, AccountDirectory accounts) {
        this.therapists = therapists;
        this.accounts = accounts;
    }

    /**
     * Every active therapist, by name. Public: carries nothing beyond a therapist's public profile. Two queries: the
     * profiles, then which of their accounts are enabled, with their names.
     */
    @Transactional(readOnly = true)
    public List<TherapistCard> publicTherapists() {
        var profiles = therapists.findAll().stream().collect(Collectors.toMap(Therapist::getUserId, t -> t));
        return accounts.enabledByName(profiles.keySet()).stream()
                .map(account -> {
                    var profile =
                            Objects.requireNonNull(profiles.get(account.id()), "asked for these profiles' accounts");
                    return new TherapistCard(
                            account.id(),
                            account.displayName(),
                            profile.getCredentials(),
                            profile.getLanguages(),
                            profile.getBio());
                })
                .toList();
    }

    /**
     * The display names of these therapists, in one query, for lists that show whose client someone is. Every
     * therapist column references the therapist table, so the ids callers hold are therapists'.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.displayNames(ids);
    }

    /** Whether this id belongs to an active therapist. */
    @Transactional(readOnly = true)
    public boolean isTherapist(UUID id) {
        return id != null
                && therapists.existsById(id)
                && accounts.find(id).map(AccountDirectory.Account::enabled).orElse(false);
    }

    /** A therapist's sign-in email, where Attune sends them notices about their appointments. */
    @Transactional(readOnly = true)
    public String email(UUID id) {
        return therapists
                .findById(id)
                .flatMap(t -> accounts.find(id))
                .map(AccountDirectory.Account::email)
                .orElseThrow();
    }

    /**
     * The sign-in emails of these therapists, in one query, for jobs that write to many of them at once. Every
     * therapist column references the therapist table, so the ids callers hold are therapists'.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> emails(Collection<UUID> ids) {
        return accounts.emails(ids);
    }
}
