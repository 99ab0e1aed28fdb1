package org.portico.analytics.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.portico.cases.CaseCounts;
import org.portico.cases.CaseStatistics;
import org.portico.cases.Topics;
import org.portico.cases.WeeklyTopicCount;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Turns the case statistics into the dashboard's chart data.
 */
@Service
class CaseVolumes {

    static final int MAX_WEEKS = 104;

    private final CaseStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    CaseVolumes(CaseStatistics statistics, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    /** The last {@code weeks} weeks, the current one included. */
    CasesByTopic lastWeeks(int weeks, Locale locale) {
        int span = Math.max(1, Math.min(weeks, MAX_WEEKS));
        LocalDate thisWeek = LocalDate.now(clock)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(span - 1L);
        List<LocalDate> mondays = Stream.iterate(first, week -> week.plusWeeks(1))
                .limit(span).toList();
        Map<String, Map<LocalDate, Long>> counts = statistics
                .weeklyByTopic(first, thisWeek.plusWeeks(1)).stream()
                .collect(Collectors.groupingBy(WeeklyTopicCount::topic,
                        Collectors.toMap(WeeklyTopicCount::weekStart, WeeklyTopicCount::count)));
        CaseCounts totals = statistics.counts();
        return new CasesByTopic(mondays, series(mondays, counts, locale), totals.open(),
                totals.solved());
    }

    private List<CasesByTopic.Series> series(List<LocalDate> mondays,
            Map<String, Map<LocalDate, Long>> counts, Locale locale) {
        return Stream.concat(Topics.KEYS.stream(),
                        counts.keySet().stream().filter(key -> !Topics.isKnown(key)).sorted())
                .map(key -> new CasesByTopic.Series(key,
                        messages.getMessage(Topics.messageKey(key), null, key, locale),
                        mondays.stream()
                                .map(week -> counts.getOrDefault(key, Map.of())
                                        .getOrDefault(week, 0L))
                                .toList()))
                .toList();
    }
}
