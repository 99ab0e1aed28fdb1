package org.portico.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.portico.cases.CaseFact;
import org.portico.cases.CaseFacts;
import org.portico.cases.CaseSearch;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseWorked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads case figures for reports straight from the case tables.
 */
@Service
@Transactional(readOnly = true)
class CaseFactsReader implements CaseFacts {

    private static final String COLUMNS = """
            SELECT number, site_slug, subject, status, origin, topic, priority, created_at,
                first_response_at, solved_at FROM support_case""";
    private static final int FETCH = 2000;

    private final JdbcTemplate jdbc;

    CaseFactsReader(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
    }

    @Override
    public Optional<CaseFact> fact(String number) {
        return jdbc.query(COLUMNS + " WHERE number = ?", (rs, n) -> fact(rs), number).stream()
                .findFirst();
    }

    @Override
    public List<CaseFact> range(String first, String last) {
        return jdbc.query(COLUMNS + " WHERE number BETWEEN ? AND ? ORDER BY number",
                (rs, n) -> fact(rs), first, last);
    }

    @Override
    public void forEach(Consumer<CaseFact> action) {
        jdbc.query(COLUMNS + " ORDER BY number", rs -> {
            action.accept(fact(rs));
        });
    }

    @Override
    public void forEachWork(Consumer<CaseWorked> action) {
        jdbc.query("""
                SELECT c.number, w.agent_id, w.started_at, w.ended_at, w.seconds
                FROM case_work w JOIN support_case c ON c.id = w.case_id
                WHERE w.ended_at IS NOT NULL ORDER BY w.ended_at, w.id""", rs -> {
                    action.accept(new CaseWorked(rs.getString("number"), rs.getLong("agent_id"),
                            CaseStore.instant(rs, "started_at"), CaseStore.instant(rs, "ended_at"),
                            rs.getLong("seconds")));
                });
    }

    @Override
    public Page search(CaseSearch search, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM support_case" + where, Long.class,
                params.toArray());
        String column = column(search.basis());
        params.add(size);
        params.add((long) page * size);
        List<CaseFact> cases = jdbc.query(COLUMNS + where + " ORDER BY " + column
                + ", number LIMIT ? OFFSET ?", (rs, n) -> fact(rs), params.toArray());
        return new Page(cases, total == null ? 0 : total);
    }

    private static String where(CaseSearch search, List<Object> params) {
        String column = column(search.basis());
        StringBuilder where = new StringBuilder(" WHERE " + column + " >= ? AND " + column
                + " < ?");
        params.add(CaseStore.utc(search.from()));
        params.add(CaseStore.utc(search.to()));
        filter(where, params, "site_slug", search.site());
        filter(where, params, "origin", search.origin());
        filter(where, params, "topic", search.topic());
        filter(where, params, "priority", search.priority());
        return where.toString();
    }

    private static void filter(StringBuilder where, List<Object> params, String column,
            String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static String column(CaseSearch.Basis basis) {
        return switch (basis) {
            case OPENED -> "created_at";
            case RESPONDED -> "first_response_at";
            case SOLVED -> "solved_at";
        };
    }

    private static CaseFact fact(ResultSet rs) throws SQLException {
        return new CaseFact(rs.getString("number"), rs.getString("site_slug"),
                rs.getString("subject"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("origin"), rs.getString("topic"), rs.getString("priority"),
                CaseStore.instant(rs, "created_at"), CaseStore.instant(rs, "first_response_at"),
                CaseStore.instant(rs, "solved_at"));
    }
}
