package org.portico.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
import org.portico.cases.internal.SlaService.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads case figures for reports straight from the case tables, with the business time of the
 * first response and the resolution on the service-level calendar that fits each case.
 */
@Service
@Transactional(readOnly = true)
class CaseFactsReader implements CaseFacts {

    private static final String COLUMNS = """
            SELECT c.number, c.site_slug, c.subject, c.status, c.origin, c.topic, c.priority,
                c.created_at, c.first_response_at, c.solved_at, a.kind AS tier
            FROM support_case c LEFT JOIN customer_account a ON a.id = c.account_id""";
    private static final int FETCH = 2000;

    private final JdbcTemplate jdbc;
    private final SlaService levels;

    CaseFactsReader(DataSource dataSource, SlaService levels) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.levels = levels;
    }

    @Override
    public Optional<CaseFact> fact(String number) {
        BusinessClock clock = levels.businessClock();
        return jdbc.query(COLUMNS + " WHERE c.number = ?", (rs, n) -> fact(rs, clock), number)
                .stream().findFirst();
    }

    @Override
    public List<CaseFact> range(String first, String last) {
        BusinessClock clock = levels.businessClock();
        return jdbc.query(COLUMNS + " WHERE c.number BETWEEN ? AND ? ORDER BY c.number",
                (rs, n) -> fact(rs, clock), first, last);
    }

    @Override
    public void forEach(Consumer<CaseFact> action) {
        BusinessClock clock = levels.businessClock();
        jdbc.query(COLUMNS + " ORDER BY c.number", rs -> {
            action.accept(fact(rs, clock));
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
    public List<CaseFact> page(CaseSearch search, Cursor after, int size) {
        List<Object> params = new ArrayList<>();
        String column = column(search.basis());
        StringBuilder where = new StringBuilder(" WHERE " + column + " >= ? AND " + column
                + " < ?");
        params.add(CaseStore.utc(after == null ? search.from() : after.at()));
        params.add(CaseStore.utc(search.to()));
        if (after != null) {
            // the index range starts at the cursor's time; ties on that time go by number
            where.append(" AND (" + column + " > ? OR c.number > ?)");
            params.add(CaseStore.utc(after.at()));
            params.add(after.number());
        }
        filter(where, params, "c.site_slug", search.site());
        filter(where, params, "c.origin", search.origin());
        filter(where, params, "c.topic", search.topic());
        filter(where, params, "c.priority", search.priority());
        params.add(size);
        BusinessClock clock = levels.businessClock();
        // with one topic, ordering by it too (a constant) lets the topic's index give the order
        String order = (search.topic() == null ? "" : "c.topic, ") + column + ", c.number";
        return jdbc.query(COLUMNS + where + " ORDER BY " + order + " LIMIT ?",
                (rs, n) -> fact(rs, clock), params.toArray());
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
            case OPENED -> "c.created_at";
            case RESPONDED -> "c.first_response_at";
            case SOLVED -> "c.solved_at";
        };
    }

    private static CaseFact fact(ResultSet rs, BusinessClock clock) throws SQLException {
        String priority = rs.getString("priority");
        String tier = rs.getString("tier");
        Instant created = CaseStore.instant(rs, "created_at");
        Instant responded = CaseStore.instant(rs, "first_response_at");
        Instant solved = CaseStore.instant(rs, "solved_at");
        Duration response = business(clock, priority, tier, created, responded);
        Duration resolution = business(clock, priority, tier, created, solved);
        return new CaseFact(rs.getString("number"), rs.getString("site_slug"),
                rs.getString("subject"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("origin"), rs.getString("topic"), priority, created, responded,
                solved, response, resolution, clock.firstResponseMet(priority, tier, response),
                clock.resolutionMet(priority, tier, resolution));
    }

    private static Duration business(BusinessClock clock, String priority, String tier,
            Instant from, Instant to) {
        return to == null ? null : clock.between(priority, tier, from, to);
    }
}
