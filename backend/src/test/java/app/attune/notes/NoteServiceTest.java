package app.attune.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class NoteServiceTest {

    static final Instant NOW = Instant.parse("2026-03-12T15:00:00Z");

    @Autowired
    NoteService notes;

    @Autowired
    NoteExport export;

    @Autowired
    RecentBarrierThemes barriers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private TestClinic.Client zoe;
    private TestClinic.Client farid;

    /** A therapist of this test's own with two clients; each test signs in whom it needs. */
    @BeforeEach
    void reset() {
        clock.set(NOW);
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        farid = clinic.clientOf(leila, "Farid Ahmadi");
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    UUID theme(String name) {
        return jdbc.queryForObject("select id from theme where name = ?", UUID.class, name);
    }

    long audits(String action, UUID client) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and client_id = ?", Long.class, action, client);
    }

    NoteDraft draft(String data, String... themes) {
        return new NoteDraft(
                NoteTemplate.DAP,
                LocalDate.of(2026, 3, 10),
                Map.of("data", data, "assessment", "Settling more quickly this week.", "plan", "Continue."),
                4,
                false,
                null,
                List.of("Naming the emotion"),
                java.util.Arrays.stream(themes).map(this::theme).collect(java.util.stream.Collectors.toSet()));
    }

    UUID leilasSignedNote() {
        return clinic.as(leila, () -> {
            var id = notes.start(zoe.id());
            long v = notes.saveDraft(id, 0, draft("Spoke about a rupture with her partner.", "Misattunement"));
            notes.sign(id, v);
            return id;
        });
    }

    @Test
    void a_therapist_saves_a_draft_and_every_saved_version_is_kept() {
        clinic.signIn(leila);
        var id = notes.start(zoe.id());

        long v1 = notes.saveDraft(id, 0, draft("First thoughts", "Emotional safety"));
        long v2 = notes.saveDraft(id, v1, draft("First thoughts, and more", "Emotional safety", "Misattunement"));

        var note = notes.get(id);
        assertThat(note.content().sections().get("data")).isEqualTo("First thoughts, and more");
        assertThat(note.themes()).extracting(ThemeOption::name).containsExactly("Emotional safety", "Misattunement");
        assertThat(note.savedVersions()).isEqualTo(2);
        assertThat(v2).isGreaterThan(v1);
        assertThat(jdbc.queryForObject(
                        "select content from session_note_version where note_id = ? and version = ?",
                        String.class,
                        id,
                        v1))
                .contains("First thoughts\n");
        assertThat(audits("VIEW", zoe.id())).isPositive();
    }

    @Test
    void a_second_tab_saving_an_old_copy_is_told_and_nothing_of_it_is_saved() {
        clinic.signIn(leila);
        var id = notes.start(zoe.id());
        notes.saveDraft(id, 0, draft("Written in the first tab"));

        assertThatThrownBy(() -> notes.saveDraft(id, 0, draft("Written in the second tab")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(notes.get(id).content().sections().get("data")).isEqualTo("Written in the first tab");
    }

    @Test
    void signing_an_empty_note_or_one_without_a_session_date_is_refused() {
        clinic.signIn(leila);
        var id = notes.start(zoe.id());
        long v = notes.saveDraft(
                id, 0, new NoteDraft(NoteTemplate.FREE, null, Map.of(), null, true, " ", List.of(), Set.of()));

        assertThatThrownBy(() -> notes.sign(id, v))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("sections", "sessionDate", "riskNote"));
        assertThat(notes.get(id).status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void a_signed_note_stores_signer_time_and_hash_and_can_no_longer_be_edited_through_the_service() {
        clinic.signIn(leila);
        var id = leilasSignedNote();

        var note = notes.get(id);
        assertThat(note.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(note.signedBy()).contains("Leila Moradi");
        assertThat(note.signedAt()).isEqualTo(NOW);
        assertThat(note.contentHash())
                .isEqualTo(NoteContent.sha256(NoteContent.canonical(id, zoe.id(), note.content())));
        assertThatThrownBy(() -> notes.saveDraft(id, note.version(), draft("Changed afterwards")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .startsWith("This note is signed and locked"));
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_signed_note_its_sections_its_themes_or_an_addendum() {
        var id = leilasSignedNote();
        clinic.as(leila, () -> {
            notes.addAddendum(id, "Correction: the rupture was with her sister.");
            return null;
        });

        assertThatThrownBy(() -> jdbc.update("update session_note set distress = 9 where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is signed");
        assertThatThrownBy(() -> jdbc.update("update session_note_section set body = 'x' where note_id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from session_note_theme where note_id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from session_note where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update note_addendum set body = 'x' where note_id = ?", id))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void corrections_are_appended_as_signed_dated_addenda_under_the_note() {
        clinic.signIn(leila);
        var id = leilasSignedNote();
        clock.advance(Duration.ofDays(1));

        notes.addAddendum(id, "Correction: the rupture was with her sister.");

        var note = notes.get(id);
        assertThat(note.addenda()).singleElement().satisfies(a -> {
            assertThat(a.author()).contains("Leila Moradi");
            assertThat(a.at()).isEqualTo(NOW.plus(Duration.ofDays(1)));
            assertThat(a.contentHash()).hasSize(64);
        });
        assertThatThrownBy(() -> notes.addAddendum(id, "  ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_note_over_100000_characters_is_refused_and_the_draft_keeps_what_it_had() {
        clinic.signIn(leila);
        var id = notes.start(zoe.id());
        long v = notes.saveDraft(id, 0, draft("Short"));

        assertThatThrownBy(() -> notes.saveDraft(id, v, draft("x".repeat(100_001))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message()).contains("at most 100,000"));
        assertThat(notes.get(id).content().sections().get("data")).isEqualTo("Short");
    }

    @Test
    void script_is_kept_exactly_as_typed_so_screens_show_it_as_text() {
        clinic.signIn(leila);
        var id = notes.start(zoe.id());
        notes.saveDraft(id, 0, draft("<script>alert('x')</script>"));

        assertThat(notes.get(id).content().sections().get("data")).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void an_unknown_theme_or_a_retired_one_on_a_new_note_is_refused() {
        clinic.signIn(leila);
        var id = notes.start(zoe.id());
        var unknown = new NoteDraft(
                NoteTemplate.FREE, null, Map.of("note", "x"), null, false, null, List.of(), Set.of(UUID.randomUUID()));
        assertThatThrownBy(() -> notes.saveDraft(id, 0, unknown))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("themeIds", "One of the chosen themes doesn't exist.")));

        jdbc.update("update theme set retired_at = now() where name = 'Narrative'");
        try {
            assertThatThrownBy(() -> notes.saveDraft(id, 0, draft("x", "Narrative")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().message())
                                    .isEqualTo("The theme \"Narrative\" is no longer in use."));
        } finally {
            jdbc.update("update theme set retired_at = null where name = 'Narrative'");
        }
    }

    @Test
    void another_therapist_guessing_a_note_id_is_refused_and_audited() {
        clinic.signIn(clinic.therapist("Sam Richard"));
        var id = leilasSignedNote();
        long before =
                jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);

        assertThatThrownBy(() -> notes.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.addAddendum(id, "mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.signedNotesPdf(zoe.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.timeline(zoe.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class))
                .isEqualTo(before + 4);
        assertThat(notes.search(
                                new NoteQuery(Set.of(), false, "rupture", null, null, null, null),
                                PageRequest.of(0, 20))
                        .getContent())
                .isEmpty();
    }

    @Test
    void an_admin_sees_only_that_notes_exist_never_what_they_say() {
        clinic.signIn(clinic.admin());
        var id = leilasSignedNote();

        assertThatThrownBy(() -> notes.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(notes.existence(zoe.id())).anySatisfy(stub -> {
            assertThat(stub.id()).isEqualTo(id);
            assertThat(stub.signed()).isTrue();
            assertThat(stub.sessionDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        });
    }

    @Test
    void a_client_never_sees_notes() {
        clinic.signIn(clinic.portalLogin(zoe));
        var id = leilasSignedNote();

        assertThatThrownBy(() -> notes.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.existence(zoe.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_therapist_searches_their_notes_by_any_or_all_themes_by_words_and_by_status() {
        clinic.signIn(leila);
        var a = notes.start(zoe.id());
        notes.sign(
                a,
                notes.saveDraft(
                        a, 0, draft("Long talk about repair after a rupture", "Misattunement", "Emotional avoidance")));
        var b = notes.start(farid.id());
        notes.saveDraft(b, 0, draft("Sleep and work stress", "Stress overload"));

        assertThat(ids(new NoteQuery(
                        Set.of(theme("Misattunement"), theme("Stress overload")), false, null, null, null, null, null)))
                .contains(a, b);
        assertThat(ids(new NoteQuery(
                        Set.of(theme("Misattunement"), theme("Emotional avoidance")),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .contains(a)
                .doesNotContain(b);
        assertThat(ids(new NoteQuery(Set.of(), false, "ruptures", null, null, null, null)))
                .contains(a)
                .doesNotContain(b);
        assertThat(ids(new NoteQuery(Set.of(), false, null, null, null, null, NoteStatus.DRAFT)))
                .contains(b)
                .doesNotContain(a);
        assertThat(ids(new NoteQuery(Set.of(), false, null, null, LocalDate.of(2026, 4, 1), null, null)))
                .doesNotContain(a, b);
        var row = notes.search(NoteQuery.forClient(zoe.id()), PageRequest.of(0, 50)).getContent().stream()
                .filter(r -> r.id().equals(a))
                .findFirst()
                .orElseThrow();
        assertThat(row.clientName()).isEqualTo("Zoë Tremblay");
        assertThat(row.themes()).containsExactly("Emotional avoidance", "Misattunement");
    }

    private List<UUID> ids(NoteQuery query) {
        return notes.search(query, PageRequest.of(0, 200)).getContent().stream()
                .map(NoteRow::id)
                .toList();
    }

    @Test
    void the_timeline_counts_each_theme_per_month_and_barriers_suggest_practices() {
        clinic.signIn(leila);
        var farid = this.farid.id();
        var first = notes.start(farid);
        notes.saveDraft(
                first,
                0,
                new NoteDraft(
                        NoteTemplate.FREE,
                        LocalDate.of(2026, 1, 20),
                        Map.of("note", "a"),
                        null,
                        false,
                        null,
                        List.of(),
                        Set.of(theme("Trauma history"))));
        var second = notes.start(farid);
        notes.saveDraft(
                second,
                0,
                new NoteDraft(
                        NoteTemplate.FREE,
                        LocalDate.of(2026, 3, 3),
                        Map.of("note", "b"),
                        null,
                        false,
                        null,
                        List.of(),
                        Set.of(theme("Trauma history"), theme("Hyper-independence"))));

        var timeline = notes.timeline(farid);

        assertThat(timeline)
                .filteredOn(t -> t.themeName().equals("Trauma history"))
                .extracting(t -> t.month().toString())
                .contains("2026-01", "2026-03");
        assertThat(barriers.forClient(farid)).contains(theme("Hyper-independence"), theme("Trauma history"));
    }

    @Test
    void a_draft_left_unsigned_for_over_72_hours_is_overdue() {
        clinic.signIn(leila);
        var id = notes.start(zoe.id());
        assertThat(notes.overdue()).extracting(OverdueNote::id).doesNotContain(id);

        clock.advance(Duration.ofHours(73));

        assertThat(notes.overdue()).extracting(OverdueNote::id).contains(id);
    }

    @Test
    void the_signed_notes_export_as_a_pdf_and_the_export_is_audited() {
        clinic.signIn(leila);
        leilasSignedNote();
        long before = audits("EXPORT", zoe.id());

        byte[] pdf = export.signedNotesPdf(zoe.id());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
        assertThat(audits("EXPORT", zoe.id())).isEqualTo(before + 1);
    }
}
