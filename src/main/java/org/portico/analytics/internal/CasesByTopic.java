package org.portico.analytics.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Weekly case volumes per topic, shaped for a chart: one series per topic with a count for
 * every week (zero when none), plus the open and solved totals.
 *
 * @param weeks the Mondays (analytics time zone) that start each week, oldest first
 */
record CasesByTopic(List<LocalDate> weeks, List<Series> topics, long open, long solved) {

    /** One topic's counts, in the order of {@code weeks}; {@code name} is translated. */
    record Series(String key, String name, List<Long> counts) {
    }
}
