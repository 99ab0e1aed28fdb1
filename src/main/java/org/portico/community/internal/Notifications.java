package org.portico.community.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications list of each member: what happened to the questions and topics they
 * follow. Mail about them goes out right away or in the daily digest ({@link CommunityMail}).
 */
@Repository
class Notifications {

    enum Kind { NEW_QUESTION, NEW_ANSWER, ANSWER_ACCEPTED }

    record Notice(long id, long userId, String site, Kind kind, long questionId,
            String questionTitle, Instant createdAt, boolean read) {
    }

    /** Notices were written; mail for members who want it at once goes out after commit. */
    record NoticesAdded() {
    }

    private static final String SELECT = """
            SELECT id, user_id, site_slug, kind, question_id, question_title, created_at,
                   read_at FROM community_notification""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void notify(List<Long> users, Post question, Kind kind, Instant at) {
        for (Long user : users) {
            jdbc.sql("""
                    INSERT INTO community_notification (user_id, site_slug, kind, question_id,
                        question_title, created_at) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(user, question.site(), kind.name(), question.id(), question.title(),
                            PostStore.utc(at))
                    .update();
        }
        if (!users.isEmpty()) {
            events.publishEvent(new NoticesAdded());
        }
    }

    List<Notice> of(long userId, int limit) {
        return jdbc.sql(SELECT + " WHERE user_id = ? ORDER BY created_at DESC, id DESC"
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .param(userId).query((rs, n) -> notice(rs)).list();
    }

    long unread(long userId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM community_notification
                WHERE user_id = ? AND read_at IS NULL""").param(userId)
                .query(Long.class).single();
    }

    void markRead(long userId, Instant at) {
        jdbc.sql("""
                UPDATE community_notification SET read_at = ?
                WHERE user_id = ? AND read_at IS NULL""").params(PostStore.utc(at), userId)
                .update();
    }

    /** Members with the given mail mode who have notices not yet mailed. */
    List<Long> waitingForMail(Members.MailMode mode) {
        return jdbc.sql("""
                SELECT DISTINCT n.user_id FROM community_notification n
                JOIN community_member m ON m.user_id = n.user_id
                WHERE n.mailed_at IS NULL AND m.mail_mode = ? ORDER BY n.user_id""")
                .param(mode.name()).query(Long.class).list();
    }

    List<Notice> unmailed(long userId) {
        return jdbc.sql(SELECT + " WHERE user_id = ? AND mailed_at IS NULL ORDER BY id")
                .param(userId).query((rs, n) -> notice(rs)).list();
    }

    /** Marks notices mailed; false when another node got there first. */
    boolean markMailed(List<Notice> notices, Instant at) {
        int changed = 0;
        for (Notice notice : notices) {
            changed += jdbc.sql("""
                    UPDATE community_notification SET mailed_at = ?
                    WHERE id = ? AND mailed_at IS NULL""")
                    .params(PostStore.utc(at), notice.id()).update();
        }
        return changed == notices.size();
    }

    private static Notice notice(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Notice(rs.getLong(1), rs.getLong(2), rs.getString(3),
                Kind.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6),
                PostStore.instant(rs, 7), rs.getObject(8) != null);
    }
}
