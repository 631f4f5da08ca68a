package app.attune.client;

import java.util.ArrayList;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

final class ClientSpecifications {

    private ClientSpecifications() {
    }

    /** The caseload filter; {@code therapistId} null means every therapist's clients. */
    static Specification<Client> matching(ClientQuery query, @Nullable UUID therapistId) {
        return (root, cq, cb) -> {
            var where = new ArrayList<Predicate>();
            if (therapistId != null) {
                where.add(cb.equal(root.get("primaryTherapistId"), therapistId));
            }
            if (!query.statuses().isEmpty()) {
                where.add(root.get("status").in(query.statuses()));
            }
            if (query.concernId() != null) {
                var sub = cq.subquery(Integer.class);
                var c = sub.correlate(root);
                var concern = c.join("concerns");
                sub.select(cb.literal(1)).where(cb.equal(concern.get("id"), query.concernId()));
                where.add(cb.exists(sub));
            }
            String text = query.text() == null ? "" : query.text().strip();
            if (!text.isEmpty()) {
                var pattern = cb.concat(cb.concat("%", cb.function("attune_fold", String.class, cb.literal(escape(text)))),
                        "%");
                Predicate byName = cb.like(root.get("searchText"), pattern, '\\');
                String digits = text.replaceAll("\\D", "");
                where.add(digits.length() >= 3
                        ? cb.or(byName, cb.like(root.get("phoneDigits"), "%" + digits + "%"))
                        : byName);
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
