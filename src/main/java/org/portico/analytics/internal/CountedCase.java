package org.portico.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.portico.cases.CaseFact;

/**
 * A case as the rollups count it: opened on one day, first answered on another, solved on a
 * third. A case counts as solved only while its status is SOLVED or CLOSED.
 */
record CountedCase(String number, String site, String channel, String topic, String priority,
        Instant openedAt, Instant firstResponseAt, Instant solvedAt) {

    static final int OPENED = 0;
    static final int RESPONDED = 1;
    static final int RESPONSE_SECONDS = 2;
    static final int SOLVED = 3;
    static final int RESOLUTION_SECONDS = 4;

    static CountedCase of(CaseFact fact) {
        return new CountedCase(fact.number(), fact.site(), fact.origin(), fact.topic(),
                fact.priority(), fact.createdAt(), fact.firstResponseAt(),
                fact.status().isOpen() ? null : fact.solvedAt());
    }

    /** Adds this case's counts, times {@code sign} (1 to count it, -1 to take it back). */
    void addTo(Tally.Pending pending, DayBuckets buckets, int sign) {
        pending.add(key(buckets, openedAt), OPENED, sign);
        if (firstResponseAt != null) {
            List<Object> key = key(buckets, firstResponseAt);
            pending.add(key, RESPONDED, sign);
            pending.add(key, RESPONSE_SECONDS, sign * seconds(firstResponseAt));
        }
        if (solvedAt != null) {
            List<Object> key = key(buckets, solvedAt);
            pending.add(key, SOLVED, sign);
            pending.add(key, RESOLUTION_SECONDS, sign * seconds(solvedAt));
        }
    }

    boolean sameCounts(CountedCase other) {
        return other != null && site.equals(other.site) && channel.equals(other.channel)
                && topic.equals(other.topic) && priority.equals(other.priority)
                && openedAt.equals(other.openedAt)
                && Objects.equals(firstResponseAt, other.firstResponseAt)
                && Objects.equals(solvedAt, other.solvedAt);
    }

    private List<Object> key(DayBuckets buckets, Instant at) {
        return List.of(buckets.day(at), site, channel, topic, priority);
    }

    private long seconds(Instant end) {
        return Math.max(0, Duration.between(openedAt, end).toSeconds());
    }
}
