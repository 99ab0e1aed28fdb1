package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First events for the same rollup row, committed at the same moment, all count.
 */
@PorticoIntegrationTest
class RollupRaceIntegrationTests {

    private static final int THREADS = 8;
    private static final int ROUNDS = 10;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void countsEveryConcurrentFirstEventOfOneRow() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String site = "race-" + UUID.randomUUID().toString().substring(0, 8);
            List<Object> key = List.of(LocalDate.of(2026, 3, 1), site, "CONFIRMED");

            concurrently(() -> Tally.DEFLECTIONS.add(jdbc, key, 1));

            assertThat(jdbc.queryForObject("SELECT total FROM analytics_deflection_day"
                    + " WHERE site = ?", Long.class, site)).isEqualTo(THREADS);
            assertThat(jdbc.queryForObject("SELECT total FROM analytics_deflection_month"
                    + " WHERE site = ?", Long.class, site)).isEqualTo(THREADS);
        }
    }

    @Test
    void countsEveryConcurrentBatchThatCreatesTheSameRows() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String site = "race-" + UUID.randomUUID().toString().substring(0, 8);
            LocalDate day = LocalDate.of(2026, 3, 2);
            Map<List<Object>, long[]> rows = Map.of(
                    List.of(day, site, "WEB", "taxes", "NORMAL"),
                    new long[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                    List.of(day, site, "EMAIL", "taxes", "NORMAL"),
                    new long[] {1, 0, 0, 1, 60, 0, 0, 0, 0, 1, 1});

            concurrently(() -> Tally.CASES.addAll(jdbc, rows));

            assertThat(jdbc.queryForObject("SELECT SUM(opened) FROM analytics_case_day"
                    + " WHERE site = ?", Long.class, site)).isEqualTo(2L * THREADS);
            assertThat(jdbc.queryForObject("SELECT SUM(resolution_seconds) FROM"
                    + " analytics_case_day WHERE site = ?", Long.class, site))
                    .isEqualTo(60L * THREADS);
            assertThat(jdbc.queryForObject("SELECT SUM(opened) FROM analytics_case_month"
                    + " WHERE site = ?", Long.class, site)).isEqualTo(2L * THREADS);
            assertThat(jdbc.queryForObject("SELECT SUM(resolution_met) FROM"
                    + " analytics_case_month WHERE site = ?", Long.class, site))
                    .isEqualTo((long) THREADS);
        }
    }

    /** Runs the work in its own transaction on every thread, all starting together. */
    private void concurrently(Runnable work) throws Exception {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    own.executeWithoutResult(status -> work.run());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
