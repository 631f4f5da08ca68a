package app.attune.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AttuneUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AttuneUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        // An account without a password (an invitation not yet accepted) cannot sign in, and says so no
        // differently from an unknown email.
        return users.findByEmail(email.strip())
                .filter(u -> u.getPasswordHash() != null)
                .map(u -> new AttuneUser(
                        u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), u.getPasswordHash(), u.isEnabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No account can sign in with that email"));
    }
}
