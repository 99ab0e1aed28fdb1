package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts an article's views once per reader (signed-in user or browser) per UTC day, so that
 * reloading a long article or paging through it does not inflate the count. The readers seen
 * are kept for two days.
 */
@Repository
class ArticleViews {

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final Clock clock;

    ArticleViews(JdbcClient jdbc, ArticleRepository articles, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * Counts the view unless this reader was seen on the article today. Runs on its own, so
     * that two loads at the same moment (one of which loses the race) fail nothing else.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void count(long articleId, String reader) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try {
            int added = jdbc.sql("""
                    MERGE INTO article_view_seen t
                    USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(80)), CAST(? AS DATE)))
                        AS s (article_id, reader, seen_on)
                    ON t.article_id = s.article_id AND t.reader = s.reader
                       AND t.seen_on = s.seen_on
                    WHEN NOT MATCHED THEN INSERT (article_id, reader, seen_on)
                        VALUES (s.article_id, s.reader, s.seen_on)""")
                    .params(articleId, reader, today).update();
            if (added == 1) {
                articles.countView(articleId);
            }
        } catch (DataIntegrityViolationException e) {
            // the same reader's other request counted it
        }
    }

    /** Forgets the readers seen before yesterday. */
    @Transactional
    int forgetOld() {
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        return jdbc.sql("DELETE FROM article_view_seen WHERE seen_on < ?").param(yesterday)
                .update();
    }
}
