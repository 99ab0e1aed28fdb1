package org.portico.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.portico.cases.Topics;
import org.portico.knowledge.KnowledgePublications;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Weekly volumes per topic with spikes flagged, and the content impact of an article: the
 * cases on its topic per week before and after it was published.
 */
@Service
class TopicTrends {

    static final int IMPACT_WEEKS = 12;

    /** Without a choice, the newest article published this long before the period ends. */
    static final int SETTLED_WEEKS = 4;

    private final Scorecard scorecard;
    private final KnowledgePublications publications;
    private final MessageSource messages;
    private final AnalyticsSettings settings;

    TopicTrends(Scorecard scorecard, KnowledgePublications publications,
            MessageSource messages, AnalyticsSettings settings) {
        this.scorecard = scorecard;
        this.publications = publications;
        this.messages = messages;
        this.settings = settings;
    }

    /** The weeks that touch the filter's days; spikes judged against the 8 weeks before. */
    WeeklyTopics weekly(ScorecardFilter filter, Locale locale) {
        LocalDate first = DayBuckets.monday(filter.from());
        LocalDate last = DayBuckets.monday(filter.to());
        LocalDate baseline = first.minusWeeks(Spikes.BASELINE_WEEKS);
        List<LocalDate> all = weeks(baseline, last);
        Map<String, Map<LocalDate, Long>> counts = new HashMap<>();
        for (Scorecard.DayCount c : scorecard.dailyByTopic(
                filter.during(baseline, last.plusDays(6)))) {
            counts.computeIfAbsent(c.key(), k -> new HashMap<>())
                    .merge(DayBuckets.monday(c.day()), c.count(), Long::sum);
        }
        List<WeeklyTopics.Series> series = new ArrayList<>();
        for (String topic : topicOrder(counts.keySet())) {
            List<Long> weekly = all.stream()
                    .map(w -> counts.getOrDefault(topic, Map.of()).getOrDefault(w, 0L)).toList();
            List<Long> shown = weekly.subList(Spikes.BASELINE_WEEKS, weekly.size());
            if (shown.stream().allMatch(n -> n == 0) && !Topics.isKnown(topic)) {
                continue;
            }
            series.add(new WeeklyTopics.Series(topic, topicName(topic, locale), List.copyOf(shown),
                    Spikes.flag(weekly, Spikes.BASELINE_WEEKS, settings.spikeMinimum())));
        }
        return new WeeklyTopics(all.subList(Spikes.BASELINE_WEEKS, all.size()), series);
    }

    /** The articles of a site whose impact can be shown, newest first. */
    List<KnowledgePublications.Publication> articles(String site) {
        return publications.published(site == null ? "help" : site);
    }

    /**
     * Cases on the article's topic per week, {@link #IMPACT_WEEKS} before and after; without
     * {@code slug}, for the newest article published {@link #SETTLED_WEEKS} weeks or more before
     * the end of the period.
     */
    Optional<ContentImpact> impact(ScorecardFilter filter, String slug, Locale locale) {
        Instant settled = settings.buckets().start(filter.to().minusWeeks(SETTLED_WEEKS));
        return articles(filter.site()).stream()
                .filter(p -> slug == null || p.slug().equals(slug))
                .filter(p -> slug != null
                        || Topics.isKnown(p.topic()) && p.publishedAt().isBefore(settled))
                .findFirst()
                .map(p -> impactOf(p, filter, locale));
    }

    private ContentImpact impactOf(KnowledgePublications.Publication article,
            ScorecardFilter filter, Locale locale) {
        LocalDate published = settings.buckets().day(article.publishedAt());
        LocalDate week = DayBuckets.monday(published);
        LocalDate first = week.minusWeeks(IMPACT_WEEKS);
        LocalDate last = week.plusWeeks(IMPACT_WEEKS);
        ScorecardFilter topic = new ScorecardFilter(first, last.plusDays(6), article.site(),
                filter.channel(), article.topic());
        Map<LocalDate, Long> counts = new HashMap<>();
        scorecard.dailyByTopic(topic).forEach(c ->
                counts.merge(DayBuckets.monday(c.day()), c.count(), Long::sum));
        List<LocalDate> weeks = weeks(first, last);
        List<Long> series = weeks.stream().map(w -> counts.getOrDefault(w, 0L)).toList();
        long before = series.subList(0, IMPACT_WEEKS).stream().mapToLong(Long::longValue).sum();
        long after = series.subList(IMPACT_WEEKS + 1, series.size()).stream()
                .mapToLong(Long::longValue).sum();
        return new ContentImpact(article.slug(), article.title(), article.topic(),
                topicName(article.topic(), locale), published, weeks, series,
                before / (double) IMPACT_WEEKS, after / (double) IMPACT_WEEKS);
    }

    /** An article's publication week and the weekly cases on its topic around it. */
    record ContentImpact(String slug, String title, String topic, String topicName,
            LocalDate published, List<LocalDate> weeks, List<Long> counts, double weeklyBefore,
            double weeklyAfter) {

        /** The index of the publication week in {@code weeks}. */
        public int publishedIndex() {
            return IMPACT_WEEKS;
        }

        public Double change() {
            return weeklyBefore == 0 ? null : (weeklyAfter - weeklyBefore) / weeklyBefore;
        }
    }

    String topicName(String key, Locale locale) {
        return messages.getMessage(Topics.messageKey(key), null, key, locale);
    }

    private static List<String> topicOrder(java.util.Set<String> seen) {
        TreeSet<String> others = new TreeSet<>(seen);
        others.removeAll(Topics.KEYS);
        return Stream.concat(Topics.KEYS.stream(), others.stream()).toList();
    }

    private static List<LocalDate> weeks(LocalDate first, LocalDate last) {
        return Stream.iterate(first, w -> !w.isAfter(last), w -> w.plusWeeks(1)).toList();
    }
}
