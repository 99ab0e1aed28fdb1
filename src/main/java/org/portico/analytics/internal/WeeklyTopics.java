package org.portico.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases opened per topic per week, with the weeks that spiked.
 *
 * @param weeks the Mondays that start each week (analytics time zone), oldest first
 */
record WeeklyTopics(List<LocalDate> weeks, List<Series> topics) {

    /** The weeks that spiked, topic by topic: the page lists these, not every week. */
    public List<Spike> spikeWeeks() {
        List<Spike> spikes = new ArrayList<>();
        for (Series topic : topics) {
            for (int i = 0; i < weeks.size(); i++) {
                if (topic.spikes().get(i)) {
                    spikes.add(new Spike(topic.key(), topic.name(), weeks.get(i),
                            topic.counts().get(i)));
                }
            }
        }
        return spikes;
    }

    /** A topic's week that spiked, with its cases. */
    record Spike(String key, String name, LocalDate week, long count) {
    }

    /** One topic's weekly counts and spike flags, in the order of {@code weeks}. */
    record Series(String key, String name, List<Long> counts, List<Boolean> spikes) {

        public long spikeCount() {
            return spikes.stream().filter(Boolean::booleanValue).count();
        }
    }
}
