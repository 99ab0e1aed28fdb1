package org.portico.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each member of staff was last active in the console, kept in the {@code staff_presence}
 * table so that every node sees the same. A visit writes at most once a minute per person.
 */
@Repository
class Presence {

    /** Active within this long counts as online. */
    static final Duration ONLINE = Duration.ofMinutes(5);

    static final Duration WRITE_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    /** People whose row this node has seen or written; rows are never deleted. */
    private final Set<Long> known = ConcurrentHashMap.newKeySet();

    Presence(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void seen(long userId) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                UPDATE staff_presence SET last_seen_at = ?
                WHERE user_id = ? AND last_seen_at < ?""")
                .params(now, userId, now.minus(WRITE_AT_MOST_EVERY)).update();
        if (updated == 0 && !known.contains(userId)) {
            insertIfMissing(userId, now);
        }
        known.add(userId);
    }

    Map<Long, Instant> lastSeen() {
        Map<Long, Instant> seen = new HashMap<>();
        jdbc.sql("SELECT user_id, last_seen_at FROM staff_presence").query(rs -> {
            seen.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
        });
        return seen;
    }

    boolean isOnline(Instant lastSeen) {
        return lastSeen != null && lastSeen.isAfter(clock.instant().minus(ONLINE));
    }

    private void insertIfMissing(long userId, OffsetDateTime now) {
        try {
            jdbc.sql("""
                    INSERT INTO staff_presence (user_id, last_seen_at)
                    SELECT CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE)
                    WHERE NOT EXISTS (SELECT 1 FROM staff_presence WHERE user_id = ?)""")
                    .params(userId, now, userId).update();
        } catch (DuplicateKeyException alreadySeenByAnotherNode) {
            return;
        }
    }
}
