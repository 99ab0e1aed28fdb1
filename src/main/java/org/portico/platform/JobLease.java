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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a Portico job makes sure that only one node of a cluster runs it: a lease row in
 * {@code job_lease}. Taking a lease is one conditional update, which only one node can win while
 * the lease runs; a lease whose node died lapses and is taken over. A long job keeps its lease
 * with {@link #hold} before it lapses, and gives it back with {@link #release} when it is done.
 * Each job has its row, added by the migration of the module that owns the job.
 *
 * <p>Every change of the lease row commits in a transaction of its own, also when a caller's
 * transaction is running (it is suspended meanwhile): other nodes see a lease taken at once,
 * and a lease given back stays given back when the caller's work rolls back.
 *
 * <p>The node is this process plus a random part, so two applications in one JVM (as in tests)
 * are two nodes too.
 */
@Component
public class JobLease {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public JobLease(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Takes the named lease for {@code length} when nobody holds it (not even this node, so a
     * round still running here is not started twice); returns whether it did.
     */
    public boolean take(String name, Duration length) {
        Instant now = clock.instant();
        return update("""
                UPDATE job_lease SET holder = ?, held_until = ?
                WHERE name = ? AND held_until <= ?""", node, utc(now.plus(length)), name,
                utc(now)) == 1;
    }

    /**
     * Takes the named lease, or renews it for another {@code length} when this node holds it
     * already; {@code false} while another node holds it.
     */
    public boolean hold(String name, Duration length) {
        Instant now = clock.instant();
        return update("""
                UPDATE job_lease SET holder = ?, held_until = ?
                WHERE name = ? AND (held_until <= ? OR holder = ?)""", node,
                utc(now.plus(length)), name, utc(now), node) == 1;
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
    public void release(String name) {
        update("UPDATE job_lease SET held_until = ? WHERE name = ? AND holder = ?",
                utc(clock.instant()), name, node);
    }

    /** Runs one change of the lease table and commits it on its own. */
    private int update(String sql, Object... params) {
        Integer changed = ownTransaction.execute(status -> jdbc.sql(sql).params(params).update());
        return changed == null ? 0 : changed;
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
