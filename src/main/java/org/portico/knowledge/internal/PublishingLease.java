package org.portico.knowledge.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A lease in the database that lets one node of a cluster run a scheduled round while the
 * others skip it. A lease that lapsed (its node died mid-round) is taken over.
 */
@Repository
class PublishingLease {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String holder;

    PublishingLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Takes the lease for this long; false while another node holds it. */
    boolean acquire(String name, Duration length) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                UPDATE knowledge_job_lease SET holder = ?, leased_until = ?
                WHERE name = ? AND (leased_until < ? OR holder = ?)""")
                .params(holder, now.plus(length), name, now, holder).update() == 1;
    }

    /** Gives the lease back early, so the next round need not wait for it to lapse. */
    void release(String name) {
        jdbc.sql("UPDATE knowledge_job_lease SET leased_until = ? WHERE name = ? AND holder = ?")
                .params(OffsetDateTime.now(clock).minusSeconds(1), name, holder).update();
    }
}
