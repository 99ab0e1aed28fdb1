package org.portico.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.portico.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The community's posts in SQL.
 */
@Repository
class PostStore {

    static final String SELECT = """
            SELECT p.id, p.kind, p.site_slug, p.question_id, p.parent_id, p.title, p.topic,
                   p.language, p.body_markdown, p.body_html, p.body_text, p.author_user_id,
                   u.display_name, u.role, p.official, p.accepted, p.status, p.held_reason,
                   p.score, p.answer_count, p.accepted_count, p.flag_count, p.case_number,
                   p.created_at, p.edited_at
            FROM community_post p JOIN app_user u ON u.id = p.author_user_id""";

    private final JdbcClient jdbc;
    private final QuestionIndex index;

    PostStore(JdbcClient jdbc, QuestionIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** A new post; {@code question} is null for a question, {@code parent} set for comments. */
    record NewPost(Post.Kind kind, String site, Long question, Long parent, String title,
            String topic, String language, PostText text, long author, boolean official,
            Post.Status status, String heldReason, Instant at) {
    }

    long insert(NewPost post) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO community_post (kind, site_slug, question_id, parent_id, title, topic,
                    language, body_markdown, body_html, body_text, author_user_id, official,
                    accepted, status, held_reason, score, answer_count, accepted_count,
                    flag_count, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0, 0, 0, 0, ?, ?)""")
                .params(post.kind().name(), post.site(), post.question(), post.parent(),
                        post.title(), post.topic(), post.language(), post.text().markdown(),
                        post.text().html(), post.text().text(), post.author(), post.official(),
                        post.status().name(), post.heldReason(), utc(post.at()), utc(post.at()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        index.changed(id);
        return id;
    }

    Optional<Post> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(PostStore::post).optional();
    }

    /** These posts, in the order of the ids given; ids of posts that do not exist are left out. */
    List<Post> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> found = jdbc.sql(SELECT + " WHERE p.id IN (:ids)").param("ids", ids)
                .query(PostStore::post).stream()
                .collect(Collectors.toMap(Post::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Answers and comments of a question, oldest first. */
    List<Post> repliesTo(long questionId) {
        return jdbc.sql(SELECT + " WHERE p.question_id = ? AND p.status <> 'DELETED'"
                        + " ORDER BY p.created_at, p.id")
                .param(questionId).query(PostStore::post).list();
    }

    List<Post> list(String where, Map<String, ?> params, String order, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order
                        + " OFFSET " + offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY")
                .params(params).query(PostStore::post).list();
    }

    long count(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT COUNT(*) FROM community_post p WHERE " + where)
                .params(params).query(Long.class).single();
    }

    void setStatus(long id, Post.Status status, Instant at) {
        jdbc.sql("UPDATE community_post SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), utc(at), id).update();
        index.changed(id);
    }

    void rewrite(Post post, String title, PostText text, long editor, Instant at) {
        jdbc.sql("""
                INSERT INTO community_revision (post_id, title, body_markdown, editor_user_id,
                    replaced_at) VALUES (?, ?, ?, ?, ?)""")
                .params(post.id(), post.title(), post.bodyMarkdown(), editor, utc(at)).update();
        jdbc.sql("""
                UPDATE community_post SET title = ?, body_markdown = ?, body_html = ?,
                    body_text = ?, edited_at = ?, updated_at = ? WHERE id = ?""")
                .params(title, text.markdown(), text.html(), text.text(), utc(at), utc(at),
                        post.id())
                .update();
        index.changed(post.id());
    }

    /** Earlier versions, newest first. */
    List<Revision> revisions(long postId) {
        return jdbc.sql("""
                SELECT r.title, r.body_markdown, u.display_name, r.replaced_at
                FROM community_revision r JOIN app_user u ON u.id = r.editor_user_id
                WHERE r.post_id = ? ORDER BY r.replaced_at DESC, r.id DESC""")
                .param(postId)
                .query((rs, n) -> new Revision(rs.getString(1), rs.getString(2),
                        rs.getString(3), instant(rs, 4)))
                .list();
    }

    /** A version of a post that was replaced by an edit. */
    record Revision(String title, String bodyMarkdown, String editorName, Instant replacedAt) {
    }

    void setAccepted(long answerId, boolean accepted) {
        jdbc.sql("UPDATE community_post SET accepted = ? WHERE id = ?")
                .params(accepted, answerId).update();
        index.changed(answerId);
    }

    void setCaseNumber(long questionId, String number) {
        jdbc.sql("UPDATE community_post SET case_number = ? WHERE id = ?")
                .params(number, questionId).update();
    }

    /** Recounts a question's visible and accepted answers and notes its first answer. */
    void refreshQuestion(long questionId) {
        jdbc.sql("""
                UPDATE community_post SET
                    answer_count = (SELECT COUNT(*) FROM community_post a
                        WHERE a.question_id = community_post.id AND a.kind = 'ANSWER'
                        AND a.status = 'VISIBLE'),
                    accepted_count = (SELECT COUNT(*) FROM community_post a
                        WHERE a.question_id = community_post.id AND a.kind = 'ANSWER'
                        AND a.status = 'VISIBLE' AND a.accepted = TRUE),
                    first_answer_at = (SELECT MIN(a.created_at) FROM community_post a
                        WHERE a.question_id = community_post.id AND a.kind = 'ANSWER'
                        AND a.status = 'VISIBLE')
                WHERE id = ?""").param(questionId).update();
        index.changed(questionId);
    }

    void refreshScore(long postId) {
        jdbc.sql("""
                UPDATE community_post SET score = (SELECT COALESCE(SUM(v.vote_value), 0)
                    FROM community_vote v WHERE v.post_id = community_post.id)
                WHERE id = ?""").param(postId).update();
    }

    /** Posts of an author created since a moment (the rate limit for new members). */
    long postsSince(long author, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM community_post WHERE author_user_id = ? AND created_at >= ?""")
                .params(author, utc(since)).query(Long.class).single();
    }

    long postsOf(long author) {
        return jdbc.sql("SELECT COUNT(*) FROM community_post WHERE author_user_id = ?")
                .param(author).query(Long.class).single();
    }

    static Post post(ResultSet rs, int row) throws SQLException {
        return new Post(rs.getLong("id"), Post.Kind.valueOf(rs.getString("kind")),
                rs.getString("site_slug"), rs.getObject("question_id", Long.class),
                rs.getObject("parent_id", Long.class), rs.getString("title"),
                rs.getString("topic"), rs.getString("language"), rs.getString("body_markdown"),
                rs.getString("body_html"), rs.getString("body_text"),
                rs.getLong("author_user_id"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")).isStaff(), rs.getBoolean("official"),
                rs.getBoolean("accepted"), Post.Status.valueOf(rs.getString("status")),
                rs.getString("held_reason"), rs.getInt("score"), rs.getInt("answer_count"),
                rs.getInt("accepted_count"), rs.getInt("flag_count"),
                rs.getString("case_number"), instant(rs, "created_at"),
                instant(rs, "edited_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
