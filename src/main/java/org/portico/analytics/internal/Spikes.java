package org.portico.analytics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags the weeks well above a topic's recent level: a week is a spike when its count is at
 * least {@code minimum} and above the mean plus two standard deviations of the previous
 * {@link #BASELINE_WEEKS} weeks.
 */
final class Spikes {

    static final int BASELINE_WEEKS = 8;

    private Spikes() {
    }

    /**
     * For each week of {@code counts} from index {@code first} on, whether it is a spike; the
     * weeks before {@code first} only serve as the baseline.
     */
    static List<Boolean> flag(List<Long> counts, int first, int minimum) {
        List<Boolean> flags = new ArrayList<>();
        for (int week = first; week < counts.size(); week++) {
            flags.add(isSpike(counts, week, minimum));
        }
        return flags;
    }

    static boolean isSpike(List<Long> counts, int week, int minimum) {
        int from = Math.max(0, week - BASELINE_WEEKS);
        if (week - from < BASELINE_WEEKS || counts.get(week) < minimum) {
            return false;
        }
        double mean = 0;
        for (int i = from; i < week; i++) {
            mean += counts.get(i);
        }
        mean /= BASELINE_WEEKS;
        double variance = 0;
        for (int i = from; i < week; i++) {
            variance += Math.pow(counts.get(i) - mean, 2);
        }
        double sigma = Math.sqrt(variance / BASELINE_WEEKS);
        return counts.get(week) > mean + 2 * sigma;
    }
}
