package app.attune.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The caseload filter as one fixed statement, each filter optional: a therapist, statuses, a concern, and words that
 * match the name or email ignoring case and accents, or three or more digits of the phone number.
 *
 * @see "docs/decisions/016-query-idioms.md"
 */
@Component
class CaseloadSearch {

    /** One client as the caseload lists it. */
    record Found(
            UUID id,
            String legalName,
            String preferredName,
            String pronouns,
            String email,
            String phone,
            ClientStatus status,
            UUID therapistId,
            Instant updatedAt) {

        String displayName() {
            return preferredName != null ? preferredName : legalName;
        }
    }

    private static final String MATCHING = """
            from client c
            where (cast(:therapist as uuid) is null or c.primary_therapist_id = :therapist)
              and (cardinality(cast(:statuses as text[])) = 0 or c.status = any(:statuses))
              and (cast(:concern as uuid) is null
                   or exists (select 1 from client_concern cc where cc.client_id = c.id and cc.concern_id = :concern))
              and (cast(:text as text) is null
                   or c.search_text like '%' || attune_fold(:text) || '%' escape '\\'
                   or c.phone_digits like :digits)
            """;

    /** The columns the caseload may be sorted by, by the property names the screens use. */
    private static final Map<String, String> SORTABLE = Map.of(
            "legalName", "c.legal_name",
            "status", "c.status",
            "email", "c.email",
            "updatedAt", "c.updated_at");

    private final JdbcClient jdbc;

    CaseloadSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the clients the query matches; {@code therapistId} null means every therapist's. */
    Page<Found> page(ClientQuery query, @Nullable UUID therapistId, Pageable pageable) {
        var sql = "select c.id, c.legal_name, c.preferred_name, c.pronouns, c.email, c.phone, c.status,"
                + " c.primary_therapist_id, c.updated_at " + MATCHING + orderBy(pageable.getSort())
                + (pageable.isPaged() ? " limit :limit offset :offset" : "");
        var statement = bind(jdbc.sql(sql), query, therapistId);
        if (pageable.isPaged()) {
            statement = statement.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset());
        }
        List<Found> rows = statement
                .query((rs, n) -> new Found(
                        rs.getObject("id", UUID.class),
                        rs.getString("legal_name"),
                        rs.getString("preferred_name"),
                        rs.getString("pronouns"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        ClientStatus.valueOf(rs.getString("status")),
                        rs.getObject("primary_therapist_id", UUID.class),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        // As Spring Data does: no count when the first page isn't full.
        return PageableExecutionUtils.getPage(rows, pageable, () -> count(query, therapistId));
    }

    /** How many clients the query matches. */
    long count(ClientQuery query, @Nullable UUID therapistId) {
        return bind(jdbc.sql("select count(*) " + MATCHING), query, therapistId)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql, ClientQuery query, @Nullable UUID therapistId) {
        String text = query.text() == null || query.text().isBlank()
                ? null
                : query.text().strip();
        String digits = text == null ? "" : text.replaceAll("\\D", "");
        return sql.param("therapist", therapistId)
                .param(
                        "statuses",
                        query.statuses().stream().map(ClientStatus::name).toArray(String[]::new))
                .param("concern", query.concernId())
                .param("text", text == null ? null : escapeLike(text))
                .param("digits", digits.length() >= 3 ? "%" + digits + "%" : null);
    }

    /**
     * The sort the screen asked for, each property mapped to its column through a fixed list.
     *
     * @throws IllegalArgumentException for a property the caseload can't be sorted by
     */
    private static String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return "";
        }
        return sort.stream()
                .map(order -> {
                    String column = SORTABLE.get(order.getProperty());
                    if (column == null) {
                        throw new IllegalArgumentException("The caseload can't be sorted by " + order.getProperty());
                    }
                    return column + (order.isAscending() ? " asc" : " desc");
                })
                .collect(Collectors.joining(", ", " order by ", ""));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
