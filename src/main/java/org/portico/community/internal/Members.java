package org.portico.community.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members as the community knows them: reputation, badges, moderator, suspended, how they
 * want to be mailed. A row is made on a user's first activity.
 */
@Repository
class Members {

    /** Reputation for each vote up and down on a member's posts and each accepted answer. */
    static final int UP = 10;
    static final int DOWN = -2;
    static final int ACCEPTED = 15;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How a member wants mail about what they follow. */
    enum MailMode { IMMEDIATE, DAILY, NONE }

    record Member(long userId, String name, String email, Role role, String locale,
            int reputation, int visiblePosts, boolean moderator, boolean trusted,
            boolean suspended,
            MailMode mailMode, String unsubscribeToken, Instant since) {
    }

    private static final String SELECT = """
            SELECT u.id, u.display_name, u.email, u.role, u.locale, m.reputation,
                   m.visible_posts, m.moderator, m.trusted, m.suspended, m.mail_mode, m.unsubscribe_token,
                   m.created_at
            FROM community_member m JOIN app_user u ON u.id = m.user_id""";

    Member ensure(long userId, Instant now) {
        Optional<Member> found = find(userId);
        if (found.isPresent()) {
            return found.get();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = ?").param(userId)
                .query(Long.class).single() == 0) {
            throw new NotFoundException("member " + userId);
        }
        Instant before = now.minusSeconds(86_400);
        jdbc.sql("""
                INSERT INTO community_member (user_id, reputation, visible_posts, moderator,
                    trusted, suspended, mail_mode, unsubscribe_token, created_at, last_active_at)
                VALUES (?, 0, 0, FALSE, FALSE, FALSE, 'IMMEDIATE', ?, ?, ?)""")
                .params(userId, newToken(), PostStore.utc(now), PostStore.utc(before)).update();
        return find(userId).orElseThrow();
    }

    Optional<Member> find(long userId) {
        return jdbc.sql(SELECT + " WHERE m.user_id = ?").param(userId)
                .query((rs, n) -> member(rs)).optional();
    }

    Optional<Member> byUnsubscribeToken(String token) {
        return jdbc.sql(SELECT + " WHERE m.unsubscribe_token = ?").param(token)
                .query((rs, n) -> member(rs)).optional();
    }

    List<Member> moderators() {
        return jdbc.sql(SELECT + " WHERE m.moderator = TRUE ORDER BY u.display_name")
                .query((rs, n) -> member(rs)).list();
    }

    void countVisiblePost(long userId) {
        jdbc.sql("UPDATE community_member SET visible_posts = visible_posts + 1 WHERE user_id = ?")
                .param(userId).update();
    }

    void trust(long userId) {
        jdbc.sql("UPDATE community_member SET trusted = TRUE WHERE user_id = ?").param(userId)
                .update();
    }

    void setModerator(long userId, boolean moderator) {
        jdbc.sql("UPDATE community_member SET moderator = ? WHERE user_id = ?")
                .params(moderator, userId).update();
    }

    void setSuspended(long userId, boolean suspended) {
        jdbc.sql("UPDATE community_member SET suspended = ? WHERE user_id = ?")
                .params(suspended, userId).update();
    }

    void setMailMode(long userId, MailMode mode) {
        jdbc.sql("UPDATE community_member SET mail_mode = ? WHERE user_id = ?")
                .params(mode.name(), userId).update();
    }

    /**
     * Notes the member's activity; true when it is their first of the UTC day (so that
     * {@code MemberActive} goes out once a day).
     */
    boolean touch(long userId, Instant now) {
        Instant dayStart = now.atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        int changed = jdbc.sql("""
                UPDATE community_member SET last_active_at = ?
                WHERE user_id = ? AND last_active_at < ?""")
                .params(PostStore.utc(now), userId, PostStore.utc(dayStart)).update();
        return changed > 0;
    }

    /** Recomputes a member's reputation from the votes on their posts and accepted answers. */
    int refreshReputation(long userId) {
        jdbc.sql("""
                UPDATE community_member SET reputation = GREATEST(0,
                    COALESCE((SELECT SUM(CASE WHEN v.vote_value > 0 THEN %d ELSE %d END)
                        FROM community_vote v JOIN community_post p ON p.id = v.post_id
                        WHERE p.author_user_id = ? AND p.status = 'VISIBLE'), 0)
                    + %d * (SELECT COUNT(*) FROM community_post p WHERE p.author_user_id = ?
                        AND p.kind = 'ANSWER' AND p.accepted = TRUE AND p.status = 'VISIBLE'))
                WHERE user_id = ?""".formatted(UP, DOWN, ACCEPTED))
                .params(userId, userId, userId).update();
        return jdbc.sql("SELECT reputation FROM community_member WHERE user_id = ?")
                .param(userId).query(Integer.class).optional().orElse(0);
    }

    List<String> badges(long userId) {
        return jdbc.sql("SELECT badge FROM community_badge WHERE user_id = ? ORDER BY awarded_at")
                .param(userId).query(String.class).list();
    }

    /** Awards a badge once; returns whether it is new. */
    boolean award(long userId, String badge, Instant at) {
        if (badges(userId).contains(badge)) {
            return false;
        }
        jdbc.sql("INSERT INTO community_badge (user_id, badge, awarded_at) VALUES (?, ?, ?)")
                .params(userId, badge, PostStore.utc(at)).update();
        return true;
    }

    private static Member member(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                Role.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getInt(7),
                rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10),
                MailMode.valueOf(rs.getString(11)), rs.getString(12), PostStore.instant(rs, 13));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
