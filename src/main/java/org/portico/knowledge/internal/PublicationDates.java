package org.portico.knowledge.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portico.knowledge.KnowledgePublications;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication dates read from the article table; English titles are preferred.
 */
@Service
class PublicationDates implements KnowledgePublications {

    private final JdbcTemplate jdbc;

    PublicationDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Publication> published(String site) {
        Map<String, Publication> bySlug = new LinkedHashMap<>();
        jdbc.query("""
                SELECT site, slug, title, topic_key, published_at FROM article
                WHERE site = ? AND status = 'PUBLISHED' AND published_at IS NOT NULL
                ORDER BY slug, CASE WHEN language = 'en' THEN 0 ELSE 1 END""", rs -> {
                    bySlug.putIfAbsent(rs.getString("slug"), new Publication(rs.getString("site"),
                            rs.getString("slug"), rs.getString("title"),
                            rs.getString("topic_key"),
                            rs.getObject("published_at", OffsetDateTime.class).toInstant()));
                }, site);
        return bySlug.values().stream()
                .sorted(Comparator.comparing(Publication::publishedAt).reversed()).toList();
    }

    @Override
    @Transactional
    public void backdate(String site, String slug, Instant publishedAt) {
        jdbc.update("UPDATE article SET published_at = ? WHERE site = ? AND slug = ?",
                publishedAt.atOffset(ZoneOffset.UTC), site, slug);
    }
}
