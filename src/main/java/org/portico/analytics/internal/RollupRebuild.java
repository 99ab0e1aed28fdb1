package org.portico.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portico.cases.CaseFacts;
import org.portico.cases.CaseWorked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the case rollups again from scratch: from every case and every finished work session,
 * in one pass over each (the day rows are summed in memory, the case rows written in batches;
 * no query per case).
 * The read models fed by other modules' events (deflections, visits, CSAT, NPS, community) and
 * handle time loaded from a workload have no source to be rebuilt from and are kept; every
 * month table is written once, summed again from its day table after the day rows.
 */
@Service
class RollupRebuild {

    private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);
    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final CaseFacts cases;
    private final DayBuckets buckets;

    RollupRebuild(JdbcTemplate jdbc, CaseFacts cases, AnalyticsSettings settings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.buckets = settings.buckets();
    }

    /** What a rebuild counted and how long it took. */
    record Outcome(long cases, long sessions, long dayRows, long millis) {
    }

    @Transactional
    Outcome rebuild() {
        long started = System.nanoTime();
        jdbc.update("DELETE FROM analytics_case_day");
        jdbc.update("DELETE FROM analytics_case");
        jdbc.update("DELETE FROM analytics_handle_day WHERE source = ?", Rollups.CONSOLE);
        Tally.Pending days = new Tally.Pending(Tally.CASES);
        List<Object[]> rows = new ArrayList<>(BATCH);
        long[] counted = new long[2];
        cases.forEach(fact -> {
            CountedCase c = CountedCase.of(fact);
            c.addTo(days, buckets, 1);
            rows.add(c.row());
            counted[0]++;
            if (rows.size() == BATCH) {
                insert(rows);
            }
        });
        insert(rows);
        Tally.CASES.addDaysOnly(jdbc, days.rows());
        Tally.Pending handle = handleTime(counted);
        Tally.HANDLE.addDaysOnly(jdbc, handle.rows());
        // every month table once, from its day table: those of other modules' events too
        Tally.ALL.forEach(tally -> tally.monthsFromDays(jdbc));
        Outcome outcome = new Outcome(counted[0], counted[1], days.rows().size(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Scorecard rebuilt: {} cases, {} work sessions, {} day rows in {} ms",
                outcome.cases(), outcome.sessions(), outcome.dayRows(), outcome.millis());
        return outcome;
    }

    private Tally.Pending handleTime(long[] counted) {
        Tally.Pending handle = new Tally.Pending(Tally.HANDLE);
        List<CaseWorked> sessions = new ArrayList<>(BATCH);
        cases.forEachWork(work -> {
            sessions.add(work);
            if (sessions.size() == BATCH) {
                counted[1] += countSessions(sessions, handle);
            }
        });
        counted[1] += countSessions(sessions, handle);
        return handle;
    }

    /** Counts a batch of work sessions under their cases' counted dimensions. */
    private long countSessions(List<CaseWorked> sessions, Tally.Pending handle) {
        if (sessions.isEmpty()) {
            return 0;
        }
        Map<String, CountedCase> byNumber = new HashMap<>();
        List<String> numbers = sessions.stream().map(CaseWorked::number).distinct().toList();
        String marks = String.join(", ", java.util.Collections.nCopies(numbers.size(), "?"));
        jdbc.query("SELECT * FROM analytics_case WHERE number IN (" + marks + ")", rs -> {
            CountedCase c = Rollups.counted(rs);
            byNumber.put(c.number(), c);
        }, numbers.toArray());
        long found = 0;
        for (CaseWorked work : sessions) {
            CountedCase c = byNumber.get(work.number());
            if (c != null) {
                List<Object> key = List.of(buckets.day(work.endedAt()), c.site(), c.channel(),
                        c.topic(), work.agentUserId(), Rollups.CONSOLE);
                handle.add(key, 0, 1);
                handle.add(key, 1, work.seconds());
                found++;
            }
        }
        sessions.clear();
        return found;
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate(Rollups.INSERT_CASE, rows);
        rows.clear();
    }
}
