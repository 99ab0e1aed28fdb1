package org.portico.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portico.knowledge.ArticlePublished;
import org.portico.knowledge.Visibility;
import org.portico.platform.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What readers browse: published articles by address, topics, the newest and the most read,
 * each limited to what the reader may see. Where an article exists in two languages the
 * reader's language is shown.
 */
@Service
class KnowledgeCatalog {

    static final int MIN_TOC_HEADINGS = 3;
    private static final int RELATED = 5;
    private static final Duration TOPIC_COUNTS_KEPT = Duration.ofMinutes(5);
    private static final Pattern HEADING = Pattern.compile(
            "<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);

    private final ArticleRepository articles;
    private final JdbcClient jdbc;
    private final KnowledgeTopics topics;
    private final Clock clock;
    private final Map<String, CountedTopics> topicCounts = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();

    KnowledgeCatalog(ArticleRepository articles, JdbcClient jdbc, KnowledgeTopics topics,
            Clock clock) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.topics = topics;
        this.clock = clock;
    }

    private record CountedTopics(List<Topic> topics, Instant until) {
    }

    /** An article as its page shows it. */
    record ArticlePage(long id, int version, String title, String slug, String language,
            String topic, String topicKey, List<Crumb> topicPath, String html, String credit,
            LocalDate updatedOn, Optional<String> otherLanguage, List<Heading> contents,
            List<Listed> related, long views) {
    }

    /** A topic in the breadcrumbs. */
    record Crumb(String key, String name) {
    }

    /** A heading of a long article, for its table of contents. */
    record Heading(int level, String anchor, String text) {
    }

    /** A topic of a site with its number of articles. */
    record Topic(String key, String name, long articles) {
    }

    /** A link in a list of articles. */
    record Listed(String title, String url, String topic, Instant updatedAt, long views) {
    }

    /** Whether a reader with these visibilities may open the article: published and theirs. */
    boolean isReadable(String site, String slug, Set<Visibility> readable) {
        return articles.findBySiteAndSlugAndStatus(site, slug, Article.Status.PUBLISHED).stream()
                .anyMatch(a -> readable.contains(a.visibility()));
    }

    /**
     * Shows a published article that the reader may see, in the reader's language when it
     * has that translation; anything else is not found. Does not count a view (see
     * {@link ArticleViews}).
     */
    @Transactional(readOnly = true)
    ArticlePage find(String site, String slug, Locale locale, Set<Visibility> readable) {
        List<Article> versions = articles.findBySiteAndSlugAndStatus(site, slug,
                Article.Status.PUBLISHED).stream()
                .filter(a -> readable.contains(a.visibility())).toList();
        String wanted = language(locale);
        Article shown = versions.stream().filter(a -> a.language().equals(wanted)).findFirst()
                .or(() -> versions.stream().min(Comparator.comparing(Article::language)))
                .orElseThrow(() -> new NotFoundException("article " + slug));
        Optional<String> other = versions.stream().map(Article::language)
                .filter(language -> !language.equals(shown.language())).findFirst();
        return new ArticlePage(shown.id(), shown.publishedVersion() == null ? 0
                : shown.publishedVersion(), shown.title(), shown.slug(), shown.language(),
                shown.topic(), shown.topicKey(), crumbs(site, shown, locale), shown.bodyHtml(),
                shown.sourceCredit(), LocalDate.ofInstant(shown.updatedAt(), ZoneOffset.UTC),
                other, contents(shown.bodyHtml()), related(shown, locale, readable),
                shown.viewCount() + 1);
    }

    private List<Crumb> crumbs(String site, Article article, Locale locale) {
        List<Crumb> path = topics.path(site, article.topicKey()).stream()
                .map(t -> new Crumb(t.key(), t.name(locale))).toList();
        return path.isEmpty() ? List.of(new Crumb(article.topicKey(), article.topic())) : path;
    }

    static List<Heading> contents(String html) {
        List<Heading> headings = new ArrayList<>();
        Matcher matcher = HEADING.matcher(html);
        while (matcher.find()) {
            headings.add(new Heading(Integer.parseInt(matcher.group(1)), matcher.group(2),
                    MarkdownRenderer.plainText(matcher.group(3))));
        }
        return headings.size() >= MIN_TOC_HEADINGS ? headings : List.of();
    }

    /** The articles the author linked, then others of the same topic. */
    private List<Listed> related(Article article, Locale locale, Set<Visibility> readable) {
        List<String> chosen = Arrays.stream(article.relatedSlugs().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Row> rows = jdbc.sql("""
                SELECT slug, language, title, topic, updated_at, view_count FROM article
                WHERE site = :site AND status = 'PUBLISHED' AND visibility IN (:readable)
                  AND slug <> :self AND (slug IN (:chosen) OR topic_key = :topic)
                ORDER BY title FETCH FIRST 200 ROWS ONLY""")
                .param("site", article.site()).param("readable", names(readable))
                .param("self", article.slug())
                .param("chosen", chosen.isEmpty() ? List.of("") : chosen)
                .param("topic", article.topicKey())
                .query(KnowledgeCatalog::row).list();
        Map<String, Listed> bySlug = new LinkedHashMap<>();
        for (Row row : preferLanguage(rows, language(locale))) {
            bySlug.put(row.slug, listed(article.site(), row));
        }
        List<Listed> related = new ArrayList<>();
        chosen.forEach(slug -> Optional.ofNullable(bySlug.remove(slug)).ifPresent(related::add));
        related.addAll(bySlug.values());
        return related.stream().limit(RELATED).toList();
    }

    /**
     * The topics of a site with their number of articles. Counting reads every published
     * article of the site (seconds with 100,000 of them), so the counts are kept for five
     * minutes per site and audience, dropped when an article is published, archived or its
     * visibility changes, and while one request counts again the others get the old counts.
     */
    List<Topic> topics(String site, Set<Visibility> readable) {
        String key = site + readable;
        Instant now = clock.instant();
        CountedTopics kept = topicCounts.get(key);
        if (kept != null && (kept.until().isAfter(now) || !recounting.add(key))) {
            return kept.topics();
        }
        try {
            List<Topic> counted = countTopics(site, readable);
            topicCounts.put(key, new CountedTopics(counted, now.plus(TOPIC_COUNTS_KEPT)));
            return counted;
        } finally {
            recounting.remove(key);
        }
    }

    @EventListener
    void on(ArticlePublished published) {
        forgetTopicCounts();
    }

    /**
     * Drops the kept counts once the change that called this is committed: counted again
     * before that, they would miss the change for five minutes.
     */
    void forgetTopicCounts() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            topicCounts.clear();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                topicCounts.clear();
            }
        });
    }

    private List<Topic> countTopics(String site, Set<Visibility> readable) {
        return jdbc.sql("""
                SELECT topic_key, MIN(topic), COUNT(DISTINCT slug) FROM article
                WHERE site = :site AND status = 'PUBLISHED' AND visibility IN (:readable)
                GROUP BY topic_key ORDER BY topic_key""")
                .param("site", site).param("readable", names(readable))
                .query((rs, row) -> new Topic(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    List<Listed> latest(String site, Locale locale, int limit, Set<Visibility> readable) {
        return listed(site, locale, "updated_at DESC", limit, readable);
    }

    List<Listed> popular(String site, Locale locale, int limit, Set<Visibility> readable) {
        return listed(site, locale, "view_count DESC, title", limit, readable);
    }

    List<Listed> promoted(String site, Locale locale, Set<Visibility> readable) {
        return listed(site, locale, "title", 20, readable, " AND promoted = TRUE");
    }

    private List<Listed> listed(String site, Locale locale, String order, int limit,
            Set<Visibility> readable) {
        return listed(site, locale, order, limit, readable, "");
    }

    private List<Listed> listed(String site, Locale locale, String order, int limit,
            Set<Visibility> readable, String condition) {
        List<Row> rows = jdbc.sql("""
                SELECT slug, language, title, topic, updated_at, view_count FROM article
                WHERE site = :site AND status = 'PUBLISHED' AND visibility IN (:readable)"""
                + condition + " ORDER BY " + order)
                .param("site", site).param("readable", names(readable))
                .query(KnowledgeCatalog::row)
                .list();
        return preferLanguage(rows, language(locale)).stream().limit(limit)
                .map(row -> listed(site, row)).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getLong(6));
    }

    private static Listed listed(String site, Row row) {
        return new Listed(row.title, "/s/" + site + "/articles/" + row.slug, row.topic,
                row.updatedAt, row.views);
    }

    static List<String> names(Set<Visibility> readable) {
        List<String> names = readable.stream().map(Visibility::name).toList();
        return names.isEmpty() ? List.of("NONE") : names;
    }

    private static Collection<Row> preferLanguage(List<Row> rows, String language) {
        Map<String, Row> bySlug = new LinkedHashMap<>();
        for (Row row : rows) {
            Row seen = bySlug.get(row.slug);
            if (seen == null) {
                bySlug.put(row.slug, row);
            } else if (!seen.language.equals(language) && row.language.equals(language)) {
                bySlug.put(row.slug, new Row(row.slug, row.language, row.title, row.topic,
                        seen.updatedAt, seen.views));
            }
        }
        return new ArrayList<>(bySlug.values());
    }

    private record Row(String slug, String language, String title, String topic,
            Instant updatedAt, long views) {
    }

    static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }
}
