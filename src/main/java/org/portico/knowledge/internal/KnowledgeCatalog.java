package org.portico.knowledge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers browse: published articles by address, topics, the newest and the most read.
 * Where an article exists in two languages the reader's language is shown.
 */
@Service
class KnowledgeCatalog {

    private final ArticleRepository articles;
    private final JdbcClient jdbc;

    KnowledgeCatalog(ArticleRepository articles, JdbcClient jdbc) {
        this.articles = articles;
        this.jdbc = jdbc;
    }

    /** An article as its page shows it. */
    record ArticlePage(String title, String slug, String language, String topic,
            String topicKey, String html, String credit, LocalDate updatedOn,
            Optional<String> otherLanguage) {
    }

    /** A topic of a site with its number of articles. */
    record Topic(String key, String name, long articles) {
    }

    /** A link in a list of articles. */
    record Listed(String title, String url, String topic, Instant updatedAt, long views) {
    }

    /** Shows a published article in the reader's language when it has that translation. */
    @Transactional
    ArticlePage read(String site, String slug, Locale locale) {
        List<Article> versions = articles.findBySiteAndSlugAndStatus(site, slug,
                Article.Status.PUBLISHED);
        String wanted = language(locale);
        Article shown = versions.stream().filter(a -> a.language().equals(wanted)).findFirst()
                .or(() -> versions.stream().min(Comparator.comparing(Article::language)))
                .orElseThrow(() -> new NotFoundException("article " + slug));
        articles.countView(shown.id());
        Optional<String> other = versions.stream().map(Article::language)
                .filter(language -> !language.equals(shown.language())).findFirst();
        return new ArticlePage(shown.title(), shown.slug(), shown.language(), shown.topic(),
                shown.topicKey(), shown.bodyHtml(), shown.sourceCredit(),
                LocalDate.ofInstant(shown.updatedAt(), ZoneOffset.UTC), other);
    }

    List<Topic> topics(String site) {
        return jdbc.sql("""
                SELECT topic_key, MIN(topic), COUNT(DISTINCT slug) FROM article
                WHERE site = ? AND status = 'PUBLISHED'
                GROUP BY topic_key ORDER BY topic_key""")
                .param(site)
                .query((rs, row) -> new Topic(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    List<Listed> latest(String site, Locale locale, int limit) {
        return listed(site, locale, "updated_at DESC", limit);
    }

    List<Listed> popular(String site, Locale locale, int limit) {
        return listed(site, locale, "view_count DESC, title", limit);
    }

    private List<Listed> listed(String site, Locale locale, String order, int limit) {
        List<Row> rows = jdbc.sql("""
                SELECT slug, language, title, topic, updated_at, view_count FROM article
                WHERE site = ? AND status = 'PUBLISHED' ORDER BY """ + " " + order)
                .param(site)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class)
                                .toInstant(), rs.getLong(6)))
                .list();
        return preferLanguage(rows, language(locale)).stream().limit(limit)
                .map(row -> new Listed(row.title, "/s/" + site + "/articles/" + row.slug,
                        row.topic, row.updatedAt, row.views))
                .toList();
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
