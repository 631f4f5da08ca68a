package app.attune.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may know of a sign-in account: its email, name, role and whether it is enabled, for the
 * features that show people, such as the therapists' profiles. Reveals no credentials.
 */
@Service
public class AccountDirectory {

    /** One account, as other features see it. */
    public record Account(UUID id, String email, String displayName, Role role, boolean enabled) {}

    private final UserAccountRepository users;

    AccountDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /** The account with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Account> find(UUID id) {
        return users.findById(id).map(AccountDirectory::account);
    }

    /** The display names of these accounts, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    /** The sign-in emails of these accounts, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> emails(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids).stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getEmail));
    }

    /** The enabled accounts among these, ordered by display name, in one query. */
    @Transactional(readOnly = true)
    public List<Account> enabledByName(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findByIdInAndEnabledTrueOrderByDisplayName(ids).stream()
                .map(AccountDirectory::account)
                .toList();
    }

    private static Account account(UserAccount u) {
        return new Account(u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), u.isEnabled());
    }
}
