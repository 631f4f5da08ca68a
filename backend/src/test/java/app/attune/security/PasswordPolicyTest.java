package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted_without_composition_rules() {
        assertThat(policy.check("a quiet walk by the harbour")).isEmpty();
    }

    @Test
    void eleven_characters_are_too_short() {
        assertThat(policy.check("abcdefghijk")).contains(PasswordPolicy.Problem.TOO_SHORT);
    }

    @Test
    void length_counts_characters_not_bytes() {
        assertThat(policy.check("فاطمهفاطمهفا")).isEmpty();
    }

    @Test
    void a_common_long_password_is_refused_whatever_its_case() {
        assertThat(policy.check("1qaz2wsx3edc")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("1QAZ2WSX3EDC")).contains(PasswordPolicy.Problem.TOO_COMMON);
    }

    @Test
    void an_absurdly_long_password_is_refused() {
        assertThat(policy.check("x".repeat(129))).contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void a_password_built_from_the_email_the_clinics_name_or_attune_is_refused_in_any_case_or_spacing() {
        var context = List.of("zoe.tremblay@example.org", "ClearMind Counselling Clinic");

        assertThat(policy.check("Zoe.Tremblay the brave", context)).contains(PasswordPolicy.Problem.TOO_PERSONAL);
        assertThat(policy.check("clear-mind counselling clinic!", context))
                .contains(PasswordPolicy.Problem.TOO_PERSONAL);
        assertThat(policy.check("my ATTUNE password", List.of())).contains(PasswordPolicy.Problem.TOO_PERSONAL);
    }

    @Test
    void context_words_too_short_to_be_telling_refuse_nothing() {
        assertThat(policy.check("a quiet walk by the harbour", List.of("al@example.org")))
                .as("'al' is in 'walk', by chance")
                .isEmpty();
    }
}
