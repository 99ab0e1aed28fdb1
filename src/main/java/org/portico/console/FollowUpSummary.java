package org.portico.console;

import java.util.Map;

/**
 * How follow-ups turned out: how many stand in each status and the share of decided ones that
 * were won.
 *
 * @param byStatus a count for every status, zero included
 * @param wonShare won / (won + lost) between 0 and 1, or {@code null} before any is decided
 */
public record FollowUpSummary(Map<FollowUpStatus, Long> byStatus, Double wonShare) {

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
