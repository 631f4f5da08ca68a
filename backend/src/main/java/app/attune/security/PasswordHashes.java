package app.attune.security;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password's hash: the encoder answers null only for a null password, which never reaches it. */
final class PasswordHashes {

    private PasswordHashes() {}

    static String of(PasswordEncoder encoder, CharSequence password) {
        return Objects.requireNonNull(encoder.encode(password), "The password encoder gave no hash");
    }
}
