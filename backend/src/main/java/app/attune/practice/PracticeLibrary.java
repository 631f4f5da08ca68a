package app.attune.practice;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.Validation;
import app.attune.notes.ThemeCatalogue;
import app.attune.notes.ThemeOption;
import app.attune.security.Access;
import app.attune.security.AttuneUser;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices therapists assign: the clinic's library, which admins look after, and each therapist's own, which
 * they write or copy from the library. Retiring a practice keeps the assignments that use it.
 *
 * @see "docs/decisions/008-practices.md"
 */
@Service
public class PracticeLibrary {

    private final PracticeRepository practices;
    private final ThemeCatalogue themes;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final AuditLog audit;
    private final Clock clock;

    PracticeLibrary(
            PracticeRepository practices,
            ThemeCatalogue themes,
            CurrentUser currentUser,
            Validation validation,
            AuditLog audit,
            Clock clock) {
        this.practices = practices;
        this.themes = themes;
        this.currentUser = currentUser;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clinic's library and the caller's own practices, retired ones included, by title. One query. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<PracticeSummary> all() {
        var user = currentUser.require();
        return practices.findLibraryFor(user.id()).stream()
                .map(p -> p.summary(user.id()))
                .toList();
    }

    /**
     * The practices a therapist can assign, those linked to any of {@code themeIds} first (the most linked themes
     * first), then the others, each group by title. Retired practices are left out.
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public List<PracticeSummary> suggestedFor(Set<UUID> themeIds) {
        Set<UUID> wanted = themeIds == null ? Set.of() : themeIds;
        Function<PracticeSummary, Long> matches =
                p -> p.themeIds().stream().filter(wanted::contains).count();
        return all().stream()
                .filter(p -> !p.retired())
                .sorted(Comparator.comparing(matches)
                        .reversed()
                        .thenComparing(PracticeSummary::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Adds a practice: a therapist's own, or for an admin one of the clinic's library.
     *
     * @throws InvalidInputException a field is missing or wrong, a theme is unknown, or the title is already used
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public UUID create(PracticeForm form) {
        var user = currentUser.require();
        UUID owner = user.role() == Role.ADMIN ? null : user.id();
        check(form, owner, null, Set.of());
        var practice = new Practice(owner, null, form, clock.instant());
        save(practice);
        audit.record(AuditAction.CREATE, null, AuditRecordType.PRACTICE, practice.getId(), null);
        return practice.getId();
    }

    /**
     * Makes the caller's own copy of a practice they can see, titled "(my copy)" when the title is taken, for them
     * to change.
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public UUID copy(UUID id) {
        var user = currentUser.require();
        var original = visible(id, user);
        var form = original.summary(user.id()).toForm();
        String title = form.title();
        if (practices.titleTaken(title, user.id(), null)) {
            title = trimTitle(title, " (my copy)");
            for (int n = 2; practices.titleTaken(title, user.id(), null); n++) {
                title = trimTitle(form.title(), " (my copy " + n + ")");
            }
        }
        var copy = new Practice(
                user.id(),
                original.getId(),
                new PracticeForm(title, form.category(), form.minutes(), form.steps(), form.why(), form.themeIds()),
                clock.instant());
        save(copy);
        audit.record(AuditAction.CREATE, null, AuditRecordType.PRACTICE, copy.getId(), "copy of " + original.getId());
        return copy.getId();
    }

    /**
     * Saves changes to a practice the caller may change (a therapist their own, an admin the clinic's library), as
     * read at {@code version}. Assignments show the practice as it now reads.
     *
     * @throws InvalidInputException on {@code practice} for a library practice a therapist should copy first
     * @throws ConcurrentEditException someone else saved it first
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void update(UUID id, long version, PracticeForm form) {
        var practice = changeable(id);
        check(form, practice.getOwnerId(), id, practice.getThemeIds());
        if (practice.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        practice.apply(form, clock.instant());
        save(practice);
        audit.record(AuditAction.UPDATE, null, AuditRecordType.PRACTICE, id, null);
    }

    /** Retires a practice: no longer offered, while existing assignments keep it. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void retire(UUID id) {
        var practice = changeable(id);
        practice.retire(clock.instant());
        save(practice);
        audit.record(AuditAction.RETIRE, null, AuditRecordType.PRACTICE, id, null);
    }

    /** Offers a retired practice again. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void restore(UUID id) {
        var practice = changeable(id);
        if (practices.titleTaken(practice.getTitle(), practice.getOwnerId(), id)) {
            throw new InvalidInputException(
                    "title", "Another practice in use has this title. Rename or retire that one first.");
        }
        practice.restore(clock.instant());
        save(practice);
        audit.record(AuditAction.RESTORE, null, AuditRecordType.PRACTICE, id, null);
    }

    /** A practice the caller may see: the clinic's library, or their own. Anything else is refused and audited. */
    Practice visible(@Nullable UUID id, AttuneUser user) {
        Optional<Practice> found = id == null ? Optional.empty() : practices.findWithThemes(id);
        var practice =
                found.filter(p -> p.getOwnerId() == null || p.getOwnerId().equals(user.id()));
        if (practice.isEmpty()) {
            audit.recordAccess(AuditAction.ACCESS_DENIED, null, AuditRecordType.PRACTICE, id);
            throw new AccessDeniedException("This practice is not yours to see");
        }
        return practice.get();
    }

    private Practice changeable(UUID id) {
        var user = currentUser.require();
        var practice = visible(id, user);
        if (practice.getOwnerId() == null && user.role() != Role.ADMIN) {
            throw new InvalidInputException(
                    "practice",
                    "Practices in the clinic's library stay as they are for "
                            + "everyone. Make your own copy, and change that.");
        }
        return practice;
    }

    private void check(PracticeForm form, @Nullable UUID owner, @Nullable UUID exceptId, Set<UUID> keptThemes) {
        validation.require(form);
        var problems = new ArrayList<InvalidInputException.FieldProblem>();
        if (Practice.stepsOf(form.steps()).isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem("steps", "Please write the steps, one per line."));
        }
        if (practices.titleTaken(form.title().strip(), owner, exceptId)) {
            problems.add(new InvalidInputException.FieldProblem(
                    "title",
                    owner == null
                            ? "The clinic's library already has a practice with this title."
                            : "You already have a practice with this title."));
        }
        if (form.themeIds() != null && !form.themeIds().isEmpty()) {
            var known = themes.all().stream().collect(Collectors.toMap(ThemeOption::id, Function.identity()));
            var added = new HashSet<>(form.themeIds());
            added.removeAll(keptThemes);
            if (!known.keySet().containsAll(form.themeIds())
                    || added.stream().anyMatch(t -> {
                        var theme = known.get(t);
                        return theme != null && theme.retired();
                    })) {
                problems.add(new InvalidInputException.FieldProblem(
                        "themeIds", "Please choose themes from the list; one of these is no longer offered."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void save(Practice practice) {
        try {
            practices.saveAndFlush(practice);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("title", "Another practice in use has this title. Please choose another.");
        }
    }

    private static String trimTitle(String title, String suffix) {
        int room = 120 - suffix.length();
        return (title.length() > room ? title.substring(0, room).strip() : title) + suffix;
    }
}
