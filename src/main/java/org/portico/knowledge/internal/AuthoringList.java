package org.portico.knowledge.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The articles of a site as authors list them, a page at a time: every status, with the
 * latest version.
 */
@Repository
class AuthoringList {

    static final int PAGE_SIZE = 100;
    private static final int MAX_PAGE = 100_000;

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

    /** One page of the list, newest change first; {@code number} counts from 1. */
    record Page(List<Row> rows, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 1;
        }
    }

    /**
     * A page of a site's articles, optionally of one status. The page is cut from the article
     * table first, so only its rows are joined with their versions.
     */
    Page of(String site, String status, int page) {
        return of(site, status, page, PAGE_SIZE);
    }

    Page of(String site, String status, int page, int size) {
        int number = Math.max(1, Math.min(page, MAX_PAGE));
        boolean filtered = status != null && !status.isBlank();
        JdbcClient.StatementSpec query = jdbc.sql("""
                SELECT a.id, a.slug, a.language, a.title, a.status, a.visibility, a.promoted,
                       v.version_no, v.state, v.publish_at, a.updated_at, a.view_count
                FROM (SELECT * FROM article WHERE site = :site"""
                + (filtered ? " AND status = :status" : "") + """
                      ORDER BY updated_at DESC, id DESC
                      OFFSET :skip ROWS FETCH FIRST :take ROWS ONLY) a
                JOIN article_version v ON v.article_id = a.id
                 AND v.version_no = (SELECT MAX(version_no) FROM article_version
                                     WHERE article_id = a.id)
                ORDER BY a.updated_at DESC, a.id DESC""")
                .param("site", site)
                .param("skip", (number - 1) * size)
                .param("take", size + 1);
        if (filtered) {
            query = query.param("status", status);
        }
        List<Row> rows = query.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7), rs.getInt(8), rs.getString(9),
                        rs.getObject(10) != null,
                        rs.getObject(11, OffsetDateTime.class).toInstant(), rs.getLong(12)))
                .list();
        boolean more = rows.size() > size;
        return new Page(more ? rows.subList(0, size) : rows, number, more);
    }
}
