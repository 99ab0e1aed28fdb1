package org.portico.analytics.internal;

import java.util.ArrayList;
import java.util.List;

import org.portico.cases.CaseFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the case rollups again from scratch: from every case and every finished work session.
 * The read models fed by other modules' events (deflections, visits, CSAT, NPS, community) and
 * handle time loaded from a workload have no source to be rebuilt from and are kept.
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
            rows.add(new Object[] {c.number(), c.site(), c.channel(), c.topic(), c.priority(),
                Rollups.utc(c.openedAt()), Rollups.utc(c.firstResponseAt()),
                Rollups.utc(c.solvedAt())});
            counted[0]++;
            if (rows.size() == BATCH) {
                insert(rows);
            }
        });
        insert(rows);
        Tally.CASES.addAll(jdbc, days.rows());
        Tally.Pending handle = handleTime(counted);
        Tally.HANDLE.addAll(jdbc, handle.rows());
        Outcome outcome = new Outcome(counted[0], counted[1], days.rows().size(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Scorecard rebuilt: {} cases, {} work sessions, {} day rows in {} ms",
                outcome.cases(), outcome.sessions(), outcome.dayRows(), outcome.millis());
        return outcome;
    }

    private Tally.Pending handleTime(long[] counted) {
        Tally.Pending handle = new Tally.Pending(Tally.HANDLE);
        cases.forEachWork(work -> {
            List<CountedCase> found = jdbc.query("SELECT * FROM analytics_case WHERE number = ?",
                    (rs, n) -> Rollups.counted(rs), work.number());
            for (CountedCase c : found) {
                List<Object> key = List.of(buckets.day(work.endedAt()), c.site(), c.channel(),
                        c.topic(), work.agentUserId(), Rollups.CONSOLE);
                handle.add(key, 0, 1);
                handle.add(key, 1, work.seconds());
                counted[1]++;
            }
        });
        return handle;
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO analytics_case (number, site, channel, topic, priority, opened_at,
                    first_response_at, solved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }
}
