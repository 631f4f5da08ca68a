package app.attune.notes;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.base.TextRules;
import app.attune.security.Access;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The co-regulation themes: the seeded taxonomy and those the clinic adds. Retired themes stay on old records. */
@Service
public class ThemeCatalogue {

    static final int MAX_NAME = 60;
    static final int MAX_DESCRIPTION = 300;

    private final ThemeRepository themes;
    private final AuditLog audit;
    private final Clock clock;

    ThemeCatalogue(ThemeRepository themes, AuditLog audit, Clock clock) {
        this.themes = themes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every theme, retired ones included, by category and then name. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<ThemeOption> all() {
        return themes.findAllByOrderByCategoryAscNameAsc().stream()
                .map(Theme::toOption)
                .toList();
    }

    /** The themes in use, grouped by category in the taxonomy's order, each group by name. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Map<ThemeCategory, List<ThemeOption>> activeByCategory() {
        var active = all().stream().filter(t -> !t.retired()).toList();
        var grouped = new EnumMap<ThemeCategory, List<ThemeOption>>(ThemeCategory.class);
        for (var category : ThemeCategory.values()) {
            grouped.put(
                    category,
                    active.stream()
                            .filter(t -> t.category() == category)
                            .collect(Collectors.toCollection(ArrayList::new)));
        }
        return grouped;
    }

    /**
     * Adds a theme the clinic uses. Admins only.
     *
     * @throws InvalidInputException the category is missing, or the name or description is blank, too long or the
     *         name is already used in that category
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ThemeOption add(ThemeCategory category, String name, String description) {
        String n = strip(name);
        String d = strip(description);
        check(category, n, d, null);
        var theme = save(new Theme(category, n, d, clock.instant()));
        audit.record(AuditAction.CREATE, null, AuditRecordType.THEME, theme.getId(), null);
        return theme.toOption();
    }

    /**
     * Renames a theme and rewrites its description, as read at {@code version}. Admins only.
     *
     * @throws ConcurrentEditException someone else changed it first
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ThemeOption rename(UUID id, long version, String name, String description) {
        var theme = find(id);
        String n = strip(name);
        String d = strip(description);
        check(theme.getCategory(), n, d, id);
        if (theme.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        theme.rename(n, d);
        save(theme);
        audit.record(AuditAction.UPDATE, null, AuditRecordType.THEME, id, null);
        return theme.toOption();
    }

    /** Retires a theme: it stays on the records that carry it, and is no longer offered. Admins only. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ThemeOption retire(UUID id) {
        var theme = find(id);
        theme.retire(clock.instant());
        save(theme);
        audit.record(AuditAction.RETIRE, null, AuditRecordType.THEME, id, null);
        return theme.toOption();
    }

    /** Offers a retired theme again. Admins only. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ThemeOption restore(UUID id) {
        var theme = find(id);
        theme.restore();
        save(theme);
        audit.record(AuditAction.RESTORE, null, AuditRecordType.THEME, id, null);
        return theme.toOption();
    }

    private Theme find(UUID id) {
        return themes.findById(id)
                .orElseThrow(() ->
                        new InvalidInputException("theme", "That theme no longer exists. Please reload the list."));
    }

    private Theme save(Theme theme) {
        try {
            return themes.saveAndFlush(theme);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            // Two admins adding the same name at once: the unique index decides, and the loser hears it plainly.
            throw new InvalidInputException("name", "This category already has a theme with that name.");
        }
    }

    private void check(@Nullable ThemeCategory category, String name, String description, @Nullable UUID exceptId) {
        var problems = new ArrayList<FieldProblem>();
        if (category == null) {
            problems.add(new FieldProblem("category", "Please choose the theme's category."));
        }
        if (!TextRules.isPlainText(name)) {
            problems.addAll(TextRules.plainTextProblem("name"));
        } else if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "Please give the theme a name of 1 to " + MAX_NAME + " characters."));
        } else if (category != null && themes.nameTaken(category, name, exceptId)) {
            problems.add(new FieldProblem("name", "This category already has a theme with that name."));
        }
        if (!TextRules.isMultilineText(description)) {
            problems.addAll(TextRules.multilineTextProblem("description"));
        } else if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem(
                    "description",
                    "Please describe the theme in a sentence of up to " + MAX_DESCRIPTION + " characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
