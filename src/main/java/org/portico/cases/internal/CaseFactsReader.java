package org.portico.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.portico.cases.CaseFact;
import org.portico.cases.CaseFacts;
import org.portico.cases.CaseSearch;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseWorked;
import org.portico.cases.ListedCase;
import org.portico.cases.internal.SlaClock.StatusChange;
import org.portico.cases.internal.SlaService.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads case figures for reports straight from the case tables, with the business time of the
 * first response and the resolution on the service-level calendar that fits each case, and
 * whether each met its target as the SLA engine judges it (from the case's status changes, so
 * the time a case waited on the customer does not count). Lists of cases need neither and
 * read the case rows alone.
 */
@Service
@Transactional(readOnly = true)
class CaseFactsReader implements CaseFacts {

    private static final String COLUMNS = """
            SELECT c.id, c.number, c.site_slug, c.subject, c.status, c.origin, c.topic,
                c.priority, c.created_at, c.first_response_at, c.solved_at, a.kind AS tier
            FROM support_case c LEFT JOIN customer_account a ON a.id = c.account_id""";
    private static final int FETCH = 2000;

    private final JdbcTemplate jdbc;
    private final SlaService levels;
    private final CaseTimeline timeline;

    CaseFactsReader(DataSource dataSource, SlaService levels, CaseTimeline timeline) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.levels = levels;
        this.timeline = timeline;
    }

    @Override
    public Optional<CaseFact> fact(String number) {
        return facts(" WHERE c.number = ?", number).stream().findFirst();
    }

    @Override
    public List<CaseFact> range(String first, String last) {
        return facts(" WHERE c.number BETWEEN ? AND ? ORDER BY c.number", first, last);
    }

    /** {@link #FETCH} cases at a time, each batch with the status changes of its cases. */
    @Override
    public void forEach(Consumer<CaseFact> action) {
        String after = "";
        List<CaseFact> batch;
        do {
            batch = facts(" WHERE c.number > ? ORDER BY c.number LIMIT ?", after, FETCH);
            batch.forEach(action);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).number();
            }
        } while (batch.size() == FETCH);
    }

    /**
     * The facts of the cases the SQL after {@link #COLUMNS} finds: the settings are looked up
     * once, and the status changes read in one query for the cases whose response or solve
     * has a target to judge.
     */
    private List<CaseFact> facts(String where, Object... params) {
        List<Row> rows = jdbc.query(COLUMNS + where, (rs, n) -> new Row(rs.getLong("id"),
                listed(rs), rs.getString("tier")), params);
        BusinessClock clock = levels.businessClock();
        List<String> judged = rows.stream().filter(row -> row.judged(clock))
                .map(row -> row.listed().number()).sorted().toList();
        Map<Long, List<StatusChange>> changes = judged.isEmpty() ? Map.of()
                : timeline.statusChanges("c.number BETWEEN :first AND :last", Map.of(
                        "first", judged.get(0), "last", judged.get(judged.size() - 1)));
        return rows.stream().map(row -> fact(row, clock, changes.get(row.id()))).toList();
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
    public List<ListedCase> page(CaseSearch search, Cursor after, int size) {
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
        // with one topic, ordering by it too (a constant) lets the topic's index give the order
        String order = (search.topic() == null ? "" : "c.topic, ") + column + ", c.number";
        return jdbc.query(COLUMNS + where + " ORDER BY " + order + " LIMIT ?",
                (rs, n) -> listed(rs), params.toArray());
    }

    @Override
    public List<ListedCase> listed(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, ListedCase> found = new HashMap<>();
        jdbc.query(COLUMNS + " WHERE c.number IN ("
                + String.join(", ", Collections.nCopies(numbers.size(), "?")) + ")", rs -> {
                    ListedCase listed = listed(rs);
                    found.put(listed.number(), listed);
                }, numbers.toArray());
        return numbers.stream().map(found::get).filter(Objects::nonNull).toList();
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

    private static ListedCase listed(ResultSet rs) throws SQLException {
        return new ListedCase(rs.getString("number"), rs.getString("site_slug"),
                rs.getString("subject"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("origin"), rs.getString("topic"), rs.getString("priority"),
                CaseStore.instant(rs, "created_at"), CaseStore.instant(rs, "first_response_at"),
                CaseStore.instant(rs, "solved_at"));
    }

    /**
     * The figures of a case; without recorded status changes (a case imported from the past)
     * it counts as with support from its opening, whatever its status now: an imported
     * waiting case has not paused its clock from the start.
     */
    private static CaseFact fact(Row row, BusinessClock clock, List<StatusChange> recorded) {
        ListedCase c = row.listed();
        String tier = row.tier();
        List<StatusChange> changes = recorded != null ? recorded
                : List.of(new StatusChange(c.createdAt(), CaseStatus.OPEN));
        Duration response = business(clock, c.priority(), tier, c.createdAt(),
                c.firstResponseAt());
        Duration resolution = business(clock, c.priority(), tier, c.createdAt(), c.solvedAt());
        return new CaseFact(c.number(), c.site(), c.subject(), c.status(), c.origin(),
                c.topic(), c.priority(), c.createdAt(), c.firstResponseAt(), c.solvedAt(),
                response, resolution,
                clock.firstResponseMet(c.priority(), tier, changes, c.firstResponseAt()),
                clock.resolutionMet(c.priority(), tier, changes, c.solvedAt()));
    }

    private static Duration business(BusinessClock clock, String priority, String tier,
            Instant from, Instant to) {
        return to == null ? null : clock.between(priority, tier, from, to);
    }

    /** A case row with its id (for its status changes) and its account's tier. */
    private record Row(long id, ListedCase listed, String tier) {

        /** Whether a response or a solve of the case has a target to judge. */
        boolean judged(BusinessClock clock) {
            return (listed.firstResponseAt() != null || listed.solvedAt() != null)
                    && clock.hasTargets(listed.priority(), tier);
        }
    }
}
