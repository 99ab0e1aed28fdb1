package org.portico.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases in {@code job_lease} that let exactly one node of a cluster run a scheduled job in a
 * period: taking a lease is one conditional update, which only one node can win while the
 * lease runs. Each job has its row, added by the migration of the module that owns the job.
 */
@Component
public class JobLease {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    public JobLease(JdbcClient jdbc, Clock clock) {
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
                .params(node, now.plus(length).atOffset(ZoneOffset.UTC), name,
                        now.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** Gives the named lease back early, if this node holds it, so the job may run again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String name) {
        jdbc.sql("UPDATE job_lease SET held_until = ? WHERE name = ? AND holder = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), name, node).update();
    }
}
