package org.portico.cases.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases in {@code job_lease} that let exactly one node of a cluster run a scheduled job in a
 * period: taking a lease is one conditional update, which only one node can win while the
 * lease runs.
 */
@Component
class JobLease {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    JobLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the named lease for {@code length} when nobody holds it; returns whether it did. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean take(String name, Duration length) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE job_lease SET holder = ?, held_until = ?
                WHERE name = ? AND held_until <= ?""")
                .params(node, CaseStore.utc(now.plus(length)), name, CaseStore.utc(now))
                .update() == 1;
    }
}
