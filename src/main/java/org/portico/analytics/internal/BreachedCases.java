package org.portico.analytics.internal;

import java.util.ArrayList;
import java.util.List;

import org.portico.cases.CaseFacts;
import org.portico.cases.CaseSearch;
import org.portico.cases.ListedCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases behind the SLA compliance tiles that broke their target: found in the rollups'
 * case rows, where the cases module's judgement was recorded when the response or the solve
 * was counted (so the list holds the cases the tile counts), then shown as the cases module
 * lists them.
 */
@Service
@Transactional(readOnly = true)
class BreachedCases {

    private final JdbcTemplate jdbc;
    private final CaseFacts cases;

    BreachedCases(JdbcTemplate jdbc, CaseFacts cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /**
     * At most {@code size} of the cases that broke the target in the search's period, oldest
     * first by the time of the response or the solve and then by number, after {@code after}
     * ({@code null} for the first page); by an index on (met, time, number).
     */
    List<ListedCase> page(Breach breach, CaseSearch search, CaseFacts.Cursor after, int size) {
        String at = breach.atColumn();
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE " + breach.metColumn() + " = FALSE AND "
                + at + " >= ? AND " + at + " < ?");
        params.add(Rollups.utc(after == null ? search.from() : after.at()));
        params.add(Rollups.utc(search.to()));
        if (after != null) {
            where.append(" AND (" + at + " > ? OR number > ?)");
            params.add(Rollups.utc(after.at()));
            params.add(after.number());
        }
        filter(where, params, "site", search.site());
        filter(where, params, "channel", search.origin());
        filter(where, params, "topic", search.topic());
        filter(where, params, "priority", search.priority());
        params.add(size);
        List<String> numbers = jdbc.queryForList("SELECT number FROM analytics_case" + where
                + " ORDER BY " + at + ", number LIMIT ?", String.class, params.toArray());
        return cases.listed(numbers);
    }

    private static void filter(StringBuilder where, List<Object> params, String column,
            String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
