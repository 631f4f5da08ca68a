package app.attune.client;

import app.attune.base.InvalidInputException;
import app.attune.base.TextRules;
import app.attune.security.Access;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The presenting concerns a clinic uses: seeded ones, and those the clinic adds. */
@Service
public class ConcernCatalogue {

    private final ConcernRepository concerns;
    private final Clock clock;

    ConcernCatalogue(ConcernRepository concerns, Clock clock) {
        this.concerns = concerns;
        this.clock = clock;
    }

    /** Every concern, retired ones included (they stay on old records), by name. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<ConcernOption> all() {
        return concerns.findAllByOrderByName().stream().map(Concern::toOption).toList();
    }

    /** Adds a concern the clinic uses. Admins only. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ConcernOption add(String name) {
        TextRules.requirePlainText("name", name);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            throw new InvalidInputException("name", "Please give the concern a name of 1 to 60 characters.");
        }
        String code = Normalizer.normalize(trimmed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (code.length() < 2 || !Character.isLetter(code.charAt(0))) {
            code = "c-" + Integer.toHexString(trimmed.hashCode());
        }
        if (concerns.existsByCode(code)) {
            throw new InvalidInputException("name", "The clinic already has this concern.");
        }
        return concerns.save(new Concern(code.length() > 40 ? code.substring(0, 40) : code, trimmed, clock.instant()))
                .toOption();
    }
}
