package org.portico.analytics.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Cases opened per topic per week, with the weeks that spiked.
 *
 * @param weeks the Mondays that start each week (analytics time zone), oldest first
 */
record WeeklyTopics(List<LocalDate> weeks, List<Series> topics) {

    /** One topic's weekly counts and spike flags, in the order of {@code weeks}. */
    record Series(String key, String name, List<Long> counts, List<Boolean> spikes) {

        public long spikeCount() {
            return spikes.stream().filter(Boolean::booleanValue).count();
        }
    }
}
