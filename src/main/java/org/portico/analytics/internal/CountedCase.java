package org.portico.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.portico.cases.CaseFact;

/**
 * A case as the rollups count it: opened on one day, first answered on another, solved on a
 * third, with the business seconds of the response and the resolution and whether each met its
 * service-level target, as the cases module measured them ({@code null}: no target). A case
 * counts as solved only while its status is SOLVED or CLOSED.
 */
record CountedCase(String number, String site, String channel, String topic, String priority,
        Instant openedAt, Instant firstResponseAt, Instant solvedAt,
        Long responseBusinessSeconds, Long resolutionBusinessSeconds,
        Boolean firstResponseMet, Boolean resolutionMet) {

    static final int OPENED = 0;
    static final int RESPONDED = 1;
    static final int RESPONSE_SECONDS = 2;
    static final int SOLVED = 3;
    static final int RESOLUTION_SECONDS = 4;
    static final int RESPONSE_BUSINESS_SECONDS = 5;
    static final int RESOLUTION_BUSINESS_SECONDS = 6;
    static final int RESPONSE_TARGETED = 7;
    static final int RESPONSE_MET = 8;
    static final int RESOLUTION_TARGETED = 9;
    static final int RESOLUTION_MET = 10;

    static CountedCase of(CaseFact fact) {
        boolean solved = !fact.status().isOpen() && fact.solvedAt() != null;
        return new CountedCase(fact.number(), fact.site(), fact.origin(), fact.topic(),
                fact.priority(), fact.createdAt(), fact.firstResponseAt(),
                solved ? fact.solvedAt() : null, seconds(fact.businessResponse()),
                solved ? seconds(fact.businessResolution()) : null, fact.firstResponseMet(),
                solved ? fact.resolutionMet() : null);
    }

    /** Adds this case's counts, times {@code sign} (1 to count it, -1 to take it back). */
    void addTo(Tally.Pending pending, DayBuckets buckets, int sign) {
        pending.add(key(buckets, openedAt), OPENED, sign);
        if (firstResponseAt != null) {
            List<Object> key = key(buckets, firstResponseAt);
            pending.add(key, RESPONDED, sign);
            pending.add(key, RESPONSE_SECONDS, sign * seconds(firstResponseAt));
            pending.add(key, RESPONSE_BUSINESS_SECONDS, sign * orZero(responseBusinessSeconds));
            addTarget(pending, key, RESPONSE_TARGETED, firstResponseMet, sign);
        }
        if (solvedAt != null) {
            List<Object> key = key(buckets, solvedAt);
            pending.add(key, SOLVED, sign);
            pending.add(key, RESOLUTION_SECONDS, sign * seconds(solvedAt));
            pending.add(key, RESOLUTION_BUSINESS_SECONDS,
                    sign * orZero(resolutionBusinessSeconds));
            addTarget(pending, key, RESOLUTION_TARGETED, resolutionMet, sign);
        }
    }

    /** Counts a target (and the next counter when it was met) unless there was none. */
    private static void addTarget(Tally.Pending pending, List<Object> key, int targeted,
            Boolean met, int sign) {
        if (met != null) {
            pending.add(key, targeted, sign);
            pending.add(key, targeted + 1, met ? sign : 0);
        }
    }

    boolean sameCounts(CountedCase other) {
        return other != null && site.equals(other.site) && channel.equals(other.channel)
                && topic.equals(other.topic) && priority.equals(other.priority)
                && openedAt.equals(other.openedAt)
                && Objects.equals(firstResponseAt, other.firstResponseAt)
                && Objects.equals(solvedAt, other.solvedAt)
                && Objects.equals(responseBusinessSeconds, other.responseBusinessSeconds)
                && Objects.equals(resolutionBusinessSeconds, other.resolutionBusinessSeconds)
                && Objects.equals(firstResponseMet, other.firstResponseMet)
                && Objects.equals(resolutionMet, other.resolutionMet);
    }

    /** The values of an {@code analytics_case} row, in {@link Rollups#INSERT_CASE} order. */
    Object[] row() {
        return new Object[] {site, channel, topic, priority, Rollups.utc(openedAt),
            Rollups.utc(firstResponseAt), Rollups.utc(solvedAt), responseBusinessSeconds,
            resolutionBusinessSeconds, firstResponseMet, resolutionMet, number};
    }

    private List<Object> key(DayBuckets buckets, Instant at) {
        return List.of(buckets.day(at), site, channel, topic, priority);
    }

    private long seconds(Instant end) {
        return Math.max(0, Duration.between(openedAt, end).toSeconds());
    }

    private static Long seconds(Duration business) {
        return business == null ? null : Math.max(0, business.toSeconds());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
