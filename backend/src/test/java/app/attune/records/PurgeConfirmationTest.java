package app.attune.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The confirmation a purge needs, on plain JUnit: no Spring, no database. */
class PurgeConfirmationTest {

    @Test
    void the_legal_name_typed_exactly_confirms() {
        assertThat(PurgeConfirmation.matches("Gus Purgeable", "Gus Purgeable")).isTrue();
    }

    @Test
    void case_and_spacing_around_and_between_the_words_are_ignored() {
        assertThat(PurgeConfirmation.matches("  gus   PURGEABLE ", "Gus Purgeable"))
                .isTrue();
        assertThat(PurgeConfirmation.matches("gus\tpurgeable\n", "Gus Purgeable"))
                .isTrue();
        assertThat(PurgeConfirmation.matches("Gus Purgeable", " Gus  Purgeable "))
                .isTrue();
    }

    @Test
    void letters_outside_ascii_are_compared_without_case_but_with_their_accents() {
        assertThat(PurgeConfirmation.matches("ZOË TREMBLAY", "Zoë Tremblay")).isTrue();
        assertThat(PurgeConfirmation.matches("nguyễn văn minh", "Nguyễn Văn Minh"))
                .isTrue();
        assertThat(PurgeConfirmation.matches("Zoe Tremblay", "Zoë Tremblay")).isFalse();
        assertThat(PurgeConfirmation.matches("فاطمه رحیمی", "فاطمه رحیمی")).isTrue();
    }

    @Test
    void nothing_typed_never_confirms() {
        assertThat(PurgeConfirmation.matches(null, "Jo Confirm")).isFalse();
        assertThat(PurgeConfirmation.matches("", "Jo Confirm")).isFalse();
        assertThat(PurgeConfirmation.matches(" ", "Jo Confirm")).isFalse();
        assertThat(PurgeConfirmation.matches(" ", " ")).isFalse();
    }

    @Test
    void a_longer_or_shorter_name_does_not_confirm() {
        assertThat(PurgeConfirmation.matches("Jo Confirmed", "Jo Confirm")).isFalse();
        assertThat(PurgeConfirmation.matches("Jo", "Jo Confirm")).isFalse();
        assertThat(PurgeConfirmation.matches("JoConfirm", "Jo Confirm")).isFalse();
    }
}
