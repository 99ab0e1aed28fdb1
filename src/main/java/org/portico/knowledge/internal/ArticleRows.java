package org.portico.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portico.knowledge.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The few columns that result lists and suggestions show, read in one statement for the
 * articles a search found, instead of loading whole articles (bodies in three forms) as
 * entities. Only articles still published and readable come back, so an article that
 * changed since the index saw it is left out rather than shown.
 */
@Repository
class ArticleRows {

    private final JdbcClient jdbc;

    ArticleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An article as a list shows it; {@code meaning} is null until computed. */
    record Row(long id, String site, String slug, String title, String topic, String topicKey,
            String summary, String contentHash, float[] meaning) {

        String url() {
            return "/s/" + site + "/articles/" + slug;
        }
    }

    /** The site's published, readable articles among these, by id, without their vectors. */
    Map<Long, Row> published(String site, Collection<Long> ids, Set<Visibility> readable) {
        return published(site, ids, readable, "NULL FROM article a");
    }

    /** The same with the vector of each article whose vector is up to date. */
    Map<Long, Row> publishedWithMeaning(String site, Collection<Long> ids,
            Set<Visibility> readable) {
        return published(site, ids, readable, "m.vector FROM article a LEFT JOIN"
                + " article_meaning m ON m.article_id = a.id AND m.content_hash = a.content_hash");
    }

    /**
     * The topic keys of the site's published, readable articles among these, by id: the
     * facets of a search count the topics of its best hundred hits, and an index on exactly
     * these columns answers without reading the articles' rows (V37).
     */
    Map<Long, String> publishedTopics(String site, Collection<Long> ids,
            Set<Visibility> readable) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> topics = new HashMap<>();
        among(site, ids, readable, "SELECT a.id, a.topic_key FROM article a")
                .query(rs -> {
                    topics.put(rs.getLong(1), rs.getString(2));
                });
        return topics;
    }

    private Map<Long, Row> published(String site, Collection<Long> ids,
            Set<Visibility> readable, String meaningFrom) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        among(site, ids, readable, "SELECT a.id, a.site, a.slug, a.title, a.topic, a.topic_key,"
                + " a.summary, a.content_hash, " + meaningFrom)
                .query(ArticleRows::row)
                .list()
                .forEach(row -> rows.put(row.id(), row));
        return rows;
    }

    /**
     * The statement {@code select} (reading from {@code article a}) limited to the site's
     * published articles among these that the reader may read.
     */
    private JdbcClient.StatementSpec among(String site, Collection<Long> ids,
            Set<Visibility> readable, String select) {
        return jdbc.sql(select + " WHERE a.id IN (:ids) AND a.site = :site"
                        + " AND a.status = 'PUBLISHED' AND a.visibility IN (:readable)")
                .param("ids", List.copyOf(ids))
                .param("site", site)
                .param("readable", KnowledgeCatalog.names(readable));
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                MeaningVectors.fromBytes(rs.getBytes(9)));
    }
}
