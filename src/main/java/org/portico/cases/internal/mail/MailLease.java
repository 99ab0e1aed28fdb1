package org.portico.cases.internal.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The row in {@code mail_lease} that lets one node of a cluster read the mailboxes: a node
 * holds it until it expires, renews it while it works, and another node takes it over once
 * it has lapsed (a node that died stops mail for at most one lease).
 */
@Repository
class MailLease {

    static final String POLLER = "mailbox-poller";

    private final JdbcClient jdbc;
    private final Clock clock;

    MailLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes or renews the lease; {@code false} when another node holds it. */
    boolean acquire(String holder, Duration length) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return jdbc.sql("""
                UPDATE mail_lease SET holder = ?, expires_at = ?
                WHERE name = ? AND (holder IS NULL OR holder = ? OR expires_at IS NULL
                                    OR expires_at < ?)""")
                .params(holder, now.plus(length), POLLER, holder, now)
                .update() == 1;
    }

    void release(String holder) {
        jdbc.sql("UPDATE mail_lease SET holder = NULL, expires_at = NULL "
                + "WHERE name = ? AND holder = ?").params(POLLER, holder).update();
    }
}
