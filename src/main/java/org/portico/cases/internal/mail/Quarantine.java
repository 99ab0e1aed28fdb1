package org.portico.cases.internal.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_quarantine} table: messages that did not become a case or a reply, kept
 * byte for byte with the reason, until an administrator processes them again.
 */
@Repository
class Quarantine {

    private final JdbcClient jdbc;
    private final Clock clock;

    Quarantine(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A quarantined message as administrators list it. */
    record Entry(long id, String source, String sender, String subject, String reason,
            Instant receivedAt, Instant releasedAt, String outcome, long size) {
    }

    long keep(byte[] raw, String source, String reason) {
        Summary summary = Summary.of(raw);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mail_quarantine (source, sender, subject, reason, raw_message,
                                             received_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(cut(source, 500), cut(summary.sender(), 300),
                        cut(summary.subject(), 300), cut(reason, 1000), raw, now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Entry> waiting(int limit) {
        return list("released_at IS NULL", limit);
    }

    List<Entry> released(int limit) {
        return list("released_at IS NOT NULL", limit);
    }

    private List<Entry> list(String condition, int limit) {
        return jdbc.sql("""
                SELECT id, source, sender, subject, reason, received_at, released_at, outcome,
                       OCTET_LENGTH(raw_message) AS size
                FROM mail_quarantine WHERE %s
                ORDER BY received_at DESC, id DESC FETCH FIRST %d ROWS ONLY"""
                        .formatted(condition, limit))
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("source"),
                        rs.getString("sender"), rs.getString("subject"), rs.getString("reason"),
                        instant(rs.getObject("received_at", OffsetDateTime.class)),
                        instant(rs.getObject("released_at", OffsetDateTime.class)),
                        rs.getString("outcome"), rs.getLong("size")))
                .list();
    }

    long waitingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_quarantine WHERE released_at IS NULL")
                .query(Long.class).single();
    }

    Optional<byte[]> raw(long id) {
        return jdbc.sql("SELECT raw_message FROM mail_quarantine WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<String> source(long id) {
        return jdbc.sql("SELECT source FROM mail_quarantine WHERE id = ?").param(id)
                .query(String.class).optional();
    }

    void release(long id, String outcome) {
        jdbc.sql("UPDATE mail_quarantine SET released_at = ?, outcome = ? WHERE id = ?")
                .params(now(), cut(outcome, 200), id).update();
    }

    void stillFailing(long id, String reason) {
        jdbc.sql("UPDATE mail_quarantine SET reason = ? WHERE id = ?")
                .params(cut(reason, 1000), id).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private record Summary(String sender, String subject) {

        static Summary of(byte[] raw) {
            try {
                MailHeaders headers = MailHeaders.parse(raw);
                return new Summary(headers.text("from"), headers.text("subject"));
            } catch (RuntimeException unreadable) {
                return new Summary(null, null);
            }
        }
    }
}
