package org.portico.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

/**
 * The weekly volumes per topic of the last weeks, with the open and solved totals, from the
 * rollups.
 */
@Service
class CaseVolumes {

    static final int MAX_WEEKS = 104;

    private final TopicTrends trends;
    private final Scorecard scorecard;
    private final AnalyticsSettings settings;
    private final Clock clock;

    CaseVolumes(TopicTrends trends, Scorecard scorecard, AnalyticsSettings settings,
            Clock clock) {
        this.trends = trends;
        this.scorecard = scorecard;
        this.settings = settings;
        this.clock = clock;
    }

    /** The last {@code weeks} weeks, the current one included. */
    CasesByTopic lastWeeks(int weeks, Locale locale) {
        int span = Math.max(1, Math.min(weeks, MAX_WEEKS));
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate first = DayBuckets.monday(today).minusWeeks(span - 1L);
        WeeklyTopics weekly = trends.weekly(new ScorecardFilter(first, today, null, null, null),
                locale);
        long[] totals = scorecard.caseTotals(new ScorecardFilter(LocalDate.of(1970, 1, 1),
                LocalDate.of(9999, 12, 31), null, null, null));
        List<CasesByTopic.Series> series = weekly.topics().stream()
                .map(s -> new CasesByTopic.Series(s.key(), s.name(), s.counts())).toList();
        return new CasesByTopic(weekly.weeks(), series, totals[0] - totals[3], totals[3]);
    }
}
