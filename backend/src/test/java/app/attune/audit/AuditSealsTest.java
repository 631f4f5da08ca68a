package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seal's rules on their own: no Spring, no database. */
class AuditSealsTest {

    private static final AuditSealKey KEY = AuditSealKey.fromBase64(
            Base64.getEncoder().encodeToString("a key of thirty-two bytes at least!".getBytes()));
    private static final AuditSealKey OTHER = AuditSealKey.fromBase64(
            Base64.getEncoder().encodeToString("another key of thirty-two bytes...".getBytes()));
    private static final UUID SOMEONE = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final Instant AT = Instant.parse("2026-03-01T12:34:56.123456Z");

    private static AuditSeals.Row row(String detail) {
        return new AuditSeals.Row(7, AT, SOMEONE, "THERAPIST", "VIEW", SOMEONE, "client", "r-1", detail);
    }

    @Test
    void the_same_row_at_the_same_place_after_the_same_seal_always_seals_the_same() {
        assertThat(AuditSeals.seal(KEY, AuditSeals.GENESIS, 1, row("x")))
                .isEqualTo(AuditSeals.seal(KEY, AuditSeals.GENESIS, 1, row("x")))
                .hasSize(32);
    }

    @Test
    void a_changed_byte_another_place_another_previous_seal_or_another_key_each_change_the_seal() {
        byte[] seal = AuditSeals.seal(KEY, AuditSeals.GENESIS, 1, row("unknown account"));

        assertThat(AuditSeals.seal(KEY, AuditSeals.GENESIS, 1, row("unknown accounT")))
                .isNotEqualTo(seal);
        assertThat(AuditSeals.seal(KEY, AuditSeals.GENESIS, 2, row("unknown account")))
                .isNotEqualTo(seal);
        assertThat(AuditSeals.seal(KEY, seal, 1, row("unknown account"))).isNotEqualTo(seal);
        assertThat(AuditSeals.seal(OTHER, AuditSeals.GENESIS, 1, row("unknown account")))
                .isNotEqualTo(seal);
    }

    @Test
    void no_value_can_pose_as_a_separator_or_as_an_empty_or_missing_field() {
        var split = new AuditSeals.Row(7, AT, null, "ADMIN", "VIEW", null, "client", "a\n1:b", null);
        var moved = new AuditSeals.Row(7, AT, null, "ADMIN", "VIEW", null, "client", "a", "b");
        assertThat(AuditSeals.canonical(1, split)).isNotEqualTo(AuditSeals.canonical(1, moved));
        assertThat(AuditSeals.canonical(1, row(null)))
                .isNotEqualTo(AuditSeals.canonical(1, row("")))
                .isNotEqualTo(AuditSeals.canonical(1, row("-")));
    }

    @Test
    void the_time_counts_to_the_microsecond_as_the_database_keeps_it() {
        var later =
                new AuditSeals.Row(7, AT.plusNanos(1000), SOMEONE, "THERAPIST", "VIEW", SOMEONE, "client", "r-1", "x");
        assertThat(AuditSeals.canonical(1, later)).isNotEqualTo(AuditSeals.canonical(1, row("x")));
        assertThat(AuditSeals.truncate(AT.plusNanos(999))).isEqualTo(AT);
    }

    @Test
    void a_checkpoints_mac_covers_its_number_time_head_and_the_checkpoint_before_it() {
        byte[] head = AuditSeals.seal(KEY, AuditSeals.GENESIS, 1, row("x"));
        var checkpoint = new AuditSeals.Checkpoint(2, AT, 10, head, new byte[32]);
        byte[] mac = AuditSeals.checkpointMac(KEY, checkpoint);

        assertThat(AuditSeals.checkpointMac(KEY, new AuditSeals.Checkpoint(3, AT, 10, head, new byte[32])))
                .isNotEqualTo(mac);
        assertThat(AuditSeals.checkpointMac(
                        KEY, new AuditSeals.Checkpoint(2, AT.plusSeconds(1), 10, head, new byte[32])))
                .isNotEqualTo(mac);
        assertThat(AuditSeals.checkpointMac(KEY, new AuditSeals.Checkpoint(2, AT, 9, head, new byte[32])))
                .isNotEqualTo(mac);
        assertThat(AuditSeals.checkpointMac(KEY, new AuditSeals.Checkpoint(2, AT, 10, new byte[32], new byte[32])))
                .isNotEqualTo(mac);
        assertThat(AuditSeals.checkpointMac(KEY, new AuditSeals.Checkpoint(2, AT, 10, head, null)))
                .isNotEqualTo(mac);
        assertThat(AuditSeals.checkpointMac(OTHER, checkpoint)).isNotEqualTo(mac);
    }

    @Test
    void a_key_must_be_base64_of_at_least_32_bytes_and_the_demo_key_is_known_as_such() {
        assertThatThrownBy(() -> AuditSealKey.fromBase64("not base64!")).hasMessage("it is not base64");
        assertThatThrownBy(() -> AuditSealKey.fromBase64(Base64.getEncoder().encodeToString(new byte[31])))
                .hasMessageContaining("31 bytes");
        assertThat(AuditSealKey.fromBase64(AuditSealKey.DEMO).isDemo()).isTrue();
        assertThat(KEY.isDemo()).isFalse();
        assertThat(KEY.toString()).doesNotContain("thirty");
    }

    @Test
    void an_action_this_version_does_not_know_gets_a_neutral_label_that_shows_its_stored_name() {
        assertThat(AuditAction.labelKey("VIEW")).isEqualTo("audit.VIEW");
        assertThat(AuditAction.labelKey("SOMETHING_NEWER")).isEqualTo("audit.unknown");
        assertThat(AuditAction.fromName("SOMETHING_NEWER")).isEmpty();
        assertThat(AuditRecordType.fromCode("time off")).contains(AuditRecordType.TIME_OFF);
        assertThat(AuditRecordType.fromCode("spaceship")).isEmpty();
    }
}
