package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Was this helpful?" votes: one per reader per version of an article. A reader is a signed-in
 * user ({@code u:<id>}) or a visitor's browser ({@code v:<random key>} from a cookie).
 */
@Repository
class ArticleFeedback {

    static final int MAX_COMMENT = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleFeedback(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An article with how often readers said it did not help. */
    record NotHelpful(String site, String slug, String title, long votes, long notHelpful) {
    }

    /** Records a vote; false when this reader already voted on this version. */
    boolean vote(long articleId, int version, String voter, boolean helpful, String comment) {
        if (voted(articleId, version, voter)) {
            return false;
        }
        String text = comment == null || comment.isBlank() ? null
                : comment.strip().substring(0, Math.min(comment.strip().length(), MAX_COMMENT));
        try {
            jdbc.sql("""
                    INSERT INTO article_feedback (article_id, version_no, voter, helpful,
                                                  comment, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(articleId, version, voter, helpful, text, OffsetDateTime.now(clock))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean voted(long articleId, int version, String voter) {
        return jdbc.sql("SELECT COUNT(*) FROM article_feedback WHERE article_id = ? "
                + "AND version_no = ? AND voter = ?").params(articleId, version, voter)
                .query(Long.class).single() > 0;
    }

    List<NotHelpful> mostOftenNotHelpful(String site, int limit) {
        return jdbc.sql("""
                SELECT a.site, a.slug, a.title, COUNT(*) AS votes,
                       SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END) AS not_helpful
                FROM article_feedback f JOIN article a ON a.id = f.article_id
                WHERE a.site = ?
                GROUP BY a.site, a.slug, a.title
                HAVING SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END) > 0
                ORDER BY not_helpful DESC, votes DESC, a.title FETCH FIRST""" + " " + limit
                + " ROWS ONLY")
                .param(site).query(NotHelpful.class).list();
    }

    /** The latest comments on an article, newest first, for its authors. */
    List<String> comments(long articleId, int limit) {
        return jdbc.sql("SELECT comment FROM article_feedback WHERE article_id = ? AND comment "
                + "IS NOT NULL ORDER BY created_at DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(articleId).query(String.class).list();
    }
}
