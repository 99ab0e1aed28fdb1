package org.portico.knowledge.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The articles of a site as authors list them: every status, with the latest version. */
@Repository
class AuthoringList {

    static final int MAX_LISTED = 500;

    private final JdbcClient jdbc;

    AuthoringList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One article in one language, with the state of its newest version. */
    record Row(long id, String slug, String language, String title, String status,
            String visibility, boolean promoted, int latestVersion, String latestState,
            boolean scheduled, Instant updatedAt, long views) {

        /** The lifecycle word shown to authors (a message key suffix). */
        public String lifecycle() {
            if ("ARCHIVED".equals(status)) {
                return "archived";
            }
            if (scheduled) {
                return "scheduled";
            }
            return switch (latestState) {
                case "IN_REVIEW" -> "in-review";
                case "PUBLISHED" -> "published";
                default -> "PUBLISHED".equals(status) ? "published-draft" : "draft";
            };
        }
    }

    List<Row> of(String site, String status) {
        boolean filtered = status != null && !status.isBlank();
        JdbcClient.StatementSpec query = jdbc.sql("""
                SELECT a.id, a.slug, a.language, a.title, a.status, a.visibility, a.promoted,
                       v.version_no, v.state, v.publish_at, a.updated_at, a.view_count
                FROM article a JOIN article_version v ON v.article_id = a.id
                 AND v.version_no = (SELECT MAX(version_no) FROM article_version
                                     WHERE article_id = a.id)
                WHERE a.site = :site""" + (filtered ? " AND a.status = :status" : "")
                + " ORDER BY a.updated_at DESC, a.id DESC FETCH FIRST " + MAX_LISTED
                + " ROWS ONLY")
                .param("site", site);
        if (filtered) {
            query = query.param("status", status);
        }
        return query.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        rs.getInt(8), rs.getString(9), rs.getObject(10) != null,
                        rs.getObject(11, OffsetDateTime.class).toInstant(), rs.getLong(12)))
                .list();
    }
}
