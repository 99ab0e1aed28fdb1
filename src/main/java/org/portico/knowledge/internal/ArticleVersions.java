package org.portico.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every saved version of an article. A version's text never changes; only its state moves
 * (draft, in review, published, superseded).
 */
@Repository
class ArticleVersions {

    enum State { DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED }

    private static final String COLUMNS = """
            SELECT id, article_id, version_no, title, topic_key, markdown, state, author,
                   created_at, publish_at, published_at, reviewed_by FROM article_version""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A stored version; {@code publishAt} is set while it waits to be published;
     * {@code reviewedBy} is who approved it for publishing (null before that).
     */
    record Version(long id, long articleId, int number, String title, String topicKey,
            String markdown, State state, String author, Instant createdAt, Instant publishAt,
            Instant publishedAt, String reviewedBy) {

        public boolean scheduled() {
            return state == State.IN_REVIEW && publishAt != null;
        }
    }

    /** Adds the next version of an article; older unpublished versions are superseded. */
    Version add(long articleId, String title, String topicKey, String markdown, State state,
            String author) {
        int next = latest(articleId).map(v -> v.number() + 1).orElse(1);
        jdbc.sql("""
                UPDATE article_version SET state = 'SUPERSEDED'
                WHERE article_id = ? AND state IN ('DRAFT', 'IN_REVIEW')""")
                .param(articleId).update();
        jdbc.sql("""
                INSERT INTO article_version (article_id, version_no, title, topic_key, markdown,
                                             state, author, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, next, title, topicKey, markdown, state.name(), author,
                        OffsetDateTime.now(clock))
                .update();
        return get(articleId, next).orElseThrow();
    }

    List<Version> all(long articleId) {
        return jdbc.sql(COLUMNS + " WHERE article_id = ? ORDER BY version_no DESC")
                .param(articleId).query(this::map).list();
    }

    Optional<Version> latest(long articleId) {
        return jdbc.sql(COLUMNS + " WHERE article_id = ? ORDER BY version_no DESC "
                + "FETCH FIRST 1 ROWS ONLY").param(articleId).query(this::map).optional();
    }

    Optional<Version> get(long articleId, int number) {
        return jdbc.sql(COLUMNS + " WHERE article_id = ? AND version_no = ?")
                .params(articleId, number).query(this::map).optional();
    }

    /** Moves a version from one state to another; false when it was not in that state. */
    boolean move(long id, State from, State to) {
        return jdbc.sql("UPDATE article_version SET state = ? WHERE id = ? AND state = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    /** Records who approved the version. */
    void approve(long id, String reviewer) {
        jdbc.sql("UPDATE article_version SET reviewed_by = ? WHERE id = ?")
                .params(reviewer, id).update();
    }

    void schedule(long id, Instant at) {
        jdbc.sql("UPDATE article_version SET publish_at = ? WHERE id = ?")
                .params(at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
                .update();
    }

    /**
     * Marks a version published, the one published before it superseded. False when another
     * node published it first.
     */
    boolean markPublished(Version version) {
        boolean claimed = jdbc.sql("""
                UPDATE article_version SET state = 'PUBLISHED', published_at = ?
                WHERE id = ? AND state IN ('DRAFT', 'IN_REVIEW')""")
                .params(OffsetDateTime.now(clock), version.id()).update() == 1;
        if (claimed) {
            jdbc.sql("""
                    UPDATE article_version SET state = 'SUPERSEDED'
                    WHERE article_id = ? AND state = 'PUBLISHED' AND id <> ?""")
                    .params(version.articleId(), version.id()).update();
        }
        return claimed;
    }

    void supersedePublished(long articleId) {
        jdbc.sql("UPDATE article_version SET state = 'SUPERSEDED' WHERE article_id = ? "
                + "AND state = 'PUBLISHED'").param(articleId).update();
    }

    /** Versions waiting for their publishing time that has come. */
    List<Version> due(Instant now) {
        return jdbc.sql(COLUMNS + " WHERE state = 'IN_REVIEW' AND publish_at <= ? "
                + "ORDER BY publish_at").param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(this::map).list();
    }

    private Version map(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                rs.getString(5), rs.getString(6), State.valueOf(rs.getString(7)),
                rs.getString(8), instant(rs, 9), instant(rs, 10), instant(rs, 11),
                rs.getString(12));
    }

    private static Instant instant(ResultSet rs, int column)
            throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
