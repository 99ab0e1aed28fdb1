package org.portico.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a Portico job makes sure that only one node of a cluster runs it: a lease row in
 * {@code job_lease}. Taking a lease is one conditional update, which only one node can win while
 * the lease runs; a lease whose node died lapses and is taken over. A long job keeps its lease
 * with {@link #hold} before it lapses, and gives it back with {@link #release} when it is done.
 * Each job has its row, added by the migration of the module that owns the job.
 *
 * <p>The node is this process plus a random part, so two applications in one JVM (as in tests)
 * are two nodes too.
 */
@Component
public class JobLease {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public JobLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the named lease for {@code length} when nobody holds it (not even this node, so a
     * round still running here is not started twice); returns whether it did.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean take(String name, Duration length) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE job_lease SET holder = ?, held_until = ?
                WHERE name = ? AND held_until <= ?""")
                .params(node, utc(now.plus(length)), name, utc(now))
                .update() == 1;
    }

    /**
     * Takes the named lease, or renews it for another {@code length} when this node holds it
     * already; {@code false} while another node holds it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean hold(String name, Duration length) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE job_lease SET holder = ?, held_until = ?
                WHERE name = ? AND (held_until <= ? OR holder = ?)""")
                .params(node, utc(now.plus(length)), name, utc(now), node)
                .update() == 1;
    }

    /**
     * Runs {@code job} when this node takes the named lease, and gives the lease back after it.
     *
     * @return what the job returned, or empty when another node holds the lease
     */
    public <T> Optional<T> runAlone(String name, Duration length, Supplier<T> job) {
        if (!take(name, length)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(job.get());
        } finally {
            release(name);
        }
    }

    /** Gives the named lease back early, if this node holds it, so the job may run again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String name) {
        jdbc.sql("UPDATE job_lease SET held_until = ? WHERE name = ? AND holder = ?")
                .params(utc(clock.instant()), name, node).update();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
