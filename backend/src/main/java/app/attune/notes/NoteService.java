package app.attune.notes;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.base.TextRules;
import app.attune.client.ClientDirectory;
import app.attune.people.TherapistDirectory;
import app.attune.scheduling.TherapistCalendar;
import app.attune.security.Access;
import app.attune.security.CurrentUser;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session notes: drafts that keep every saved version, signing that locks a note for good, addenda, search, and a
 * client's themes over time. Only the client's own therapist reads or writes them, and every open is audited.
 *
 * @see "docs/decisions/009-session-notes.md"
 * @see "docs/decisions/016-query-idioms.md"
 */
@Service
public class NoteService {

    static final int MAX_LENGTH = 100_000;
    static final int MAX_RISK_NOTE = 5_000;
    static final int MAX_PRACTICES = 30;
    static final int MAX_PRACTICE = 100;
    static final Duration OVERDUE_AFTER = Duration.ofHours(72);
    /**
     * The search's filters, each optional (decision 016): a client, a date range, a status, words, and themes (any or
     * all of them). With "all", the notes are found from the themes' index among the therapist's own notes, rather
     * than by counting the themes of each of their notes one at a time: half the time at 6,000 notes
     * (docs/performance.md).
     */
    private static final String SEARCH = """
            where n.therapist_id = :me
              and (cast(:client as uuid) is null or n.client_id = :client)
              and (cast(:from as date) is null or n.session_date >= :from)
              and (cast(:to as date) is null or n.session_date <= :to)
              and (cast(:status as text) is null or n.status = :status)
              and (cast(:text as text) is null or exists (select 1 from session_note_section s where s.note_id = n.id
                   and s.search @@ websearch_to_tsquery('english', :text)))
              and (cardinality(cast(:themes as uuid[])) = 0 or :allThemes
                   or exists (select 1 from session_note_theme nt where nt.note_id = n.id
                              and nt.theme_id = any(:themes)))
              and (cardinality(cast(:themes as uuid[])) = 0 or not :allThemes
                   or n.id in (select nt.note_id from session_note_theme nt join session_note mine
                               on mine.id = nt.note_id where mine.therapist_id = :me and nt.theme_id = any(:themes)
                               group by nt.note_id having count(*) = :themeCount))
            """;

    private static final Set<String> SECTIONS = java.util.Arrays.stream(NoteTemplate.values())
            .flatMap(t -> t.sections().stream())
            .collect(Collectors.toUnmodifiableSet());

    private final SessionNoteRepository notes;
    private final NoteAddendumRepository addenda;
    private final ThemeRepository themes;
    private final NoteAccess access;
    private final ClientDirectory clients;
    private final TherapistCalendar calendar;
    private final TherapistDirectory therapists;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ClinicService clinics;
    private final Clock clock;

    NoteService(
            SessionNoteRepository notes,
            NoteAddendumRepository addenda,
            ThemeRepository themes,
            NoteAccess access,
            ClientDirectory clients,
            TherapistCalendar calendar,
            TherapistDirectory therapists,
            CurrentUser currentUser,
            AuditLog audit,
            JdbcClient jdbc,
            ClinicService clinics,
            Clock clock) {
        this.notes = notes;
        this.addenda = addenda;
        this.themes = themes;
        this.access = access;
        this.clients = clients;
        this.calendar = calendar;
        this.therapists = therapists;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.clock = clock;
    }

    /**
     * The note of a session or consultation, started as a draft dated that day if it has none yet.
     *
     * @throws InvalidInputException on {@code appointment} when the consultation's person isn't a client yet
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public UUID forAppointment(UUID appointmentId) {
        var entry = calendar.entry(appointmentId);
        var existing = notes.findByAppointmentId(appointmentId);
        if (existing.isPresent()) {
            access.requireNote(existing.get().getId());
            return existing.get().getId();
        }
        if (entry.clientId() == null) {
            throw new InvalidInputException(
                    "appointment", "Please make this person a client first, so the note has a record to belong to.");
        }
        var client = access.requireOwnClient(entry.clientId());
        var note = notes.save(new SessionNote(
                client.id(),
                currentUser.require().id(),
                appointmentId,
                entry.start().atZone(clinics.clinic().zone()).toLocalDate(),
                clock.instant()));
        audit.record(AuditAction.CREATE, client.id(), AuditRecordType.NOTE, note.getId(), null);
        return note.getId();
    }

    /** A new draft for one of the therapist's clients, not tied to an appointment; its date is chosen in the note. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public UUID start(UUID clientId) {
        var client = access.requireOwnClient(clientId);
        var note = notes.save(new SessionNote(client.id(), currentUser.require().id(), null, null, clock.instant()));
        audit.record(AuditAction.CREATE, client.id(), AuditRecordType.NOTE, note.getId(), null);
        return note.getId();
    }

    /** One note with its themes and addenda, for the client's own therapist. Every open is audited. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public NoteView get(UUID noteId) {
        var note = access.requireNote(noteId);
        audit.recordAccess(AuditAction.VIEW, note.getClientId(), AuditRecordType.NOTE, noteId);
        return view(note, clients.visible(note.getClientId()).displayName());
    }

    /**
     * A client's signed notes, oldest first, each with its themes, signature and addenda, for the client's own
     * therapist answering a records request. The caller audits the export it builds from them.
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public List<NoteView> signedNotes(UUID clientId) {
        var client = access.requireOwnClient(clientId);
        return notes.findSignedWithThemes(clientId).stream()
                .map(n -> view(n, client.displayName()))
                .toList();
    }

    /**
     * Saves a draft as read at {@code version}, keeping the earlier version too, and returns the new version.
     *
     * @throws InvalidInputException the note is signed, over 100,000 characters, or a field is wrong; nothing is saved
     * @throws ConcurrentEditException the note was saved elsewhere (another tab) since {@code version}
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public long saveDraft(UUID noteId, long version, NoteDraft draft) {
        var note = access.requireNote(noteId);
        requireDraft(note);
        if (note.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        var chosen = check(draft, note);
        note.apply(draft, chosen, clock.instant());
        notes.saveAndFlush(note);
        jdbc.sql("insert into session_note_version (note_id, version, saved_at, saved_by, content)"
                        + " values (:note, :version, :at, :by, :content)")
                .param("note", noteId)
                .param("version", note.getVersion())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", currentUser.require().id())
                .param("content", NoteContent.canonical(noteId, note.getClientId(), note.content()))
                .update();
        audit.record(AuditAction.UPDATE, note.getClientId(), AuditRecordType.NOTE, noteId, null);
        return note.getVersion();
    }

    /**
     * Signs and locks the note as saved at {@code version}: the signer, the time and the SHA-256 of its content are
     * stored, and from then on nobody can change it; the database refuses too.
     *
     * @throws InvalidInputException the note is empty, has no session date, has a risk flag without a risk note, or
     *         is already signed
     * @throws ConcurrentEditException the note was saved elsewhere since {@code version}
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public void sign(UUID noteId, long version) {
        var note = access.requireNote(noteId);
        requireDraft(note);
        if (note.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        var content = note.content();
        var problems = new ArrayList<FieldProblem>();
        if (!content.hasContent()) {
            problems.add(new FieldProblem("sections", "An empty note can't be signed. Please write the note first."));
        }
        if (content.sessionDate() == null) {
            problems.add(new FieldProblem("sessionDate", "Please add the session's date before signing."));
        }
        if (content.riskFlag()
                && (content.riskNote() == null || content.riskNote().isBlank())) {
            problems.add(new FieldProblem("riskNote", "A risk flag needs a risk note before the note is signed."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var user = currentUser.require();
        note.sign(
                user.id(),
                NoteContent.sha256(NoteContent.canonical(noteId, note.getClientId(), content)),
                clock.instant());
        notes.saveAndFlush(note);
        audit.record(AuditAction.SIGN, note.getClientId(), AuditRecordType.NOTE, noteId, null);
    }

    /**
     * Appends a signed, dated correction to a signed note.
     *
     * @throws InvalidInputException on {@code body} when it is empty or over 20,000 characters, or the note is still
     *         a draft (which can simply be edited)
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public void addAddendum(UUID noteId, String body) {
        var note = access.requireNote(noteId);
        if (note.getStatus() != NoteStatus.SIGNED) {
            throw new InvalidInputException("body", "This note is still a draft: please edit it directly.");
        }
        TextRules.requireMultilineText("body", body);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("body", "Please write the correction.");
        }
        if (text.length() > 20_000) {
            throw new InvalidInputException("body", "Please keep an addendum to 20,000 characters.");
        }
        var user = currentUser.require();
        var now = clock.instant();
        addenda.save(new NoteAddendum(
                noteId,
                user.id(),
                text,
                NoteContent.sha256(noteId + "\n" + user.id() + "\n" + now + "\n" + text),
                now));
        audit.record(AuditAction.ADDENDUM, note.getClientId(), AuditRecordType.NOTE, noteId, null);
    }

    /** One page of the therapist's own notes matching the query, newest session first. A fixed number of queries. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public Page<NoteRow> search(NoteQuery query, Pageable pageable) {
        TextRules.requirePlainText("text", query.text());
        if (query.clientId() != null) {
            access.requireOwnClient(query.clientId());
        }
        planForTheseWords(query);
        long total = countMatching(query);
        var rows = bind(
                        jdbc.sql(
                                "select n.id, n.client_id, n.session_date, n.status, n.updated_at from session_note n "
                                        + SEARCH
                                        + "order by n.session_date desc nulls last, n.updated_at desc limit :limit offset :offset"),
                        query)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, i) -> new Found(
                        rs.getObject("id", UUID.class),
                        rs.getObject("client_id", UUID.class),
                        rs.getObject("session_date", LocalDate.class),
                        NoteStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        var names = clients.visibleAmong(rows.stream().map(Found::clientId).collect(Collectors.toSet()));
        var themeNames = themeNames(rows.stream().map(Found::id).toList());
        return new PageImpl<>(
                rows.stream()
                        .map(r -> new NoteRow(
                                r.id(),
                                r.clientId(),
                                names.containsKey(r.clientId())
                                        ? names.get(r.clientId()).displayName()
                                        : "",
                                r.sessionDate(),
                                r.status(),
                                themeNames.getOrDefault(r.id(), List.of()),
                                r.updatedAt()))
                        .toList(),
                pageable,
                total);
    }

    private record Found(UUID id, UUID clientId, LocalDate sessionDate, NoteStatus status, Instant updatedAt) {}

    /** How many of the therapist's own notes match the query. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public long count(NoteQuery query) {
        TextRules.requirePlainText("text", query.text());
        planForTheseWords(query);
        return countMatching(query);
    }

    /**
     * How many notes a word matches varies from a handful to most of them, and a plan cached for any word (which
     * PostgreSQL uses after a few runs of a prepared statement) guesses a handful: 280 ms instead of 20 at 6,000 notes
     * a therapist (docs/performance.md). So searches with words are planned for their words, in this transaction only.
     */
    private void planForTheseWords(NoteQuery query) {
        if (query.text() != null && !query.text().isBlank()) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
    }

    /** That a client's notes exist, with their dates and whether each is signed, for an admin: never the content. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<NoteStub> existence(UUID clientId) {
        clients.visible(clientId);
        return notes.findByClient(clientId).stream()
                .map(n -> new NoteStub(n.getId(), n.getSessionDate(), n.getStatus() == NoteStatus.SIGNED))
                .toList();
    }

    /** How often each theme appeared on the client's notes, per month of session date, oldest month first. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public List<ThemeMonth> timeline(UUID clientId) {
        access.requireOwnClient(clientId);
        return jdbc.sql("""
                select date_trunc('month', n.session_date)::date as month, t.id, t.name, t.category, count(*) as notes
                from session_note n join session_note_theme nt on nt.note_id = n.id join theme t on t.id = nt.theme_id
                where n.client_id = :client and n.session_date is not null
                group by 1, 2, 3, 4 order by 1, 4, 3""")
                .param("client", clientId)
                .query((rs, i) -> new ThemeMonth(
                        java.time.YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        ThemeCategory.valueOf(rs.getString(4)),
                        rs.getInt(5)))
                .list();
    }

    /** The signed-in therapist's drafts left unsigned for over 72 hours, oldest first. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public List<OverdueNote> overdue() {
        var found =
                notes.findOverdue(currentUser.require().id(), clock.instant().minus(OVERDUE_AFTER));
        var names = clients.visibleAmong(
                found.stream().map(SessionNote::getClientId).collect(Collectors.toSet()));
        return found.stream()
                .flatMap(n -> Optional.ofNullable(names.get(n.getClientId()))
                        .map(client ->
                                new OverdueNote(n.getId(), client.displayName(), n.getSessionDate(), n.getCreatedAt()))
                        .stream())
                .toList();
    }

    NoteView view(SessionNote note, String clientName) {
        var noteAddenda = addenda.findForNotes(List.of(note.getId()));
        var people = new HashSet<UUID>();
        noteAddenda.forEach(a -> people.add(a.getAuthorId()));
        if (note.getSignedBy() != null) {
            people.add(note.getSignedBy());
        }
        var names = therapists.names(people);
        int versions = jdbc.sql("select count(*) from session_note_version where note_id = :id")
                .param("id", note.getId())
                .query(Integer.class)
                .single();
        return new NoteView(
                note.getId(),
                note.getClientId(),
                clientName,
                note.getAppointmentId(),
                note.getStatus(),
                note.content(),
                note.getThemes().stream()
                        .map(Theme::toOption)
                        .sorted(java.util.Comparator.comparing(ThemeOption::category)
                                .thenComparing(ThemeOption::name))
                        .toList(),
                note.getSignedAt(),
                note.getSignedBy() == null ? null : names.get(note.getSignedBy()),
                note.getContentHash(),
                noteAddenda.stream()
                        .map(a -> new NoteView.Addendum(
                                a.getCreatedAt(), names.get(a.getAuthorId()), a.getBody(), a.getContentHash()))
                        .toList(),
                versions,
                note.getUpdatedAt(),
                note.getVersion());
    }

    Map<UUID, List<String>> themeNames(List<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        var result = new LinkedHashMap<UUID, List<String>>();
        jdbc.sql("""
                select nt.note_id, t.name from session_note_theme nt join theme t on t.id = nt.theme_id
                where nt.note_id = any(:ids) order by t.category, t.name""")
                .param("ids", noteIds.toArray(UUID[]::new))
                .query((rs, i) -> new NoteTheme(rs.getObject("note_id", UUID.class), rs.getString("name")))
                .list()
                .forEach(r -> result.computeIfAbsent(r.noteId(), k -> new ArrayList<>())
                        .add(r.name()));
        return result;
    }

    private record NoteTheme(UUID noteId, String name) {}

    private long countMatching(NoteQuery query) {
        return bind(jdbc.sql("select count(*) from session_note n " + SEARCH), query)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, NoteQuery q) {
        String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
        return sql.param("me", currentUser.require().id())
                .param("client", q.clientId())
                .param("from", q.from() == null ? null : Date.valueOf(q.from()))
                .param("to", q.to() == null ? null : Date.valueOf(q.to()))
                .param("status", q.status() == null ? null : q.status().name())
                .param("text", text)
                .param("themes", q.themeIds().toArray(UUID[]::new))
                .param("allThemes", q.allThemes())
                .param("themeCount", q.themeIds().size());
    }

    private static void requireDraft(SessionNote note) {
        if (note.getStatus() == NoteStatus.SIGNED) {
            throw new InvalidInputException(
                    "status", "This note is signed and locked, so it can't be changed. Add an addendum to correct it.");
        }
    }

    private Set<Theme> check(NoteDraft draft, SessionNote note) {
        var problems = new ArrayList<FieldProblem>();
        if (draft.template() == null) {
            problems.add(new FieldProblem("template", "Please choose a template."));
        }
        if (!SECTIONS.containsAll(draft.sections().keySet())) {
            problems.add(new FieldProblem("sections", "The note has a section no template knows."));
        }
        if (draft.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(
                    "sections",
                    "This note is " + String.format("%,d", draft.length())
                            + " characters long; a note can hold at most 100,000. Please shorten it, or add the rest as"
                            + " a separate note."));
        }
        if (!draft.sections().values().stream().allMatch(TextRules::isMultilineText)) {
            problems.addAll(TextRules.multilineTextProblem("sections"));
        }
        if (!TextRules.isMultilineText(draft.riskNote())) {
            problems.addAll(TextRules.multilineTextProblem("riskNote"));
        }
        if (!draft.practices().stream().allMatch(TextRules::isPlainText)) {
            problems.addAll(TextRules.plainTextProblem("practices"));
        }
        if (draft.distress() != null && (draft.distress() < 0 || draft.distress() > 10)) {
            problems.add(new FieldProblem("distress", "Please choose a distress rating from 0 to 10."));
        }
        if (draft.riskNote() != null && draft.riskNote().length() > MAX_RISK_NOTE) {
            problems.add(new FieldProblem("riskNote", "Please keep the risk note to 5,000 characters."));
        }
        if (draft.practices().size() > MAX_PRACTICES
                || draft.practices().stream().anyMatch(p -> p == null || p.isBlank() || p.length() > MAX_PRACTICE)) {
            problems.add(
                    new FieldProblem("practices", "Please list up to 30 practices, each in 100 characters or fewer."));
        }
        var found = new HashSet<>(themes.findAllById(draft.themeIds()));
        if (found.size() != draft.themeIds().size()) {
            problems.add(new FieldProblem("themeIds", "One of the chosen themes doesn't exist."));
        } else {
            var current = note.getThemes().stream().map(Theme::getId).collect(Collectors.toSet());
            // A retired theme stays on the notes that have it, but can't be newly added.
            found.stream()
                    .filter(t -> t.toOption().retired() && !current.contains(t.getId()))
                    .findFirst()
                    .ifPresent(t -> problems.add(
                            new FieldProblem("themeIds", "The theme \"" + t.getName() + "\" is no longer in use.")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return found;
    }
}
