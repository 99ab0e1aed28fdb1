package org.portico.community.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who follows which question or topic of a site.
 */
@Repository
class Follows {

    enum Target { QUESTION, TOPIC }

    private final JdbcClient jdbc;

    Follows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean follows(long userId, String site, Target kind, String target) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM community_follow
                WHERE user_id = ? AND site_slug = ? AND target_kind = ? AND target = ?""")
                .params(userId, site, kind.name(), target).query(Long.class).single() > 0;
    }

    void follow(long userId, String site, Target kind, String target, Instant at) {
        if (!follows(userId, site, kind, target)) {
            jdbc.sql("""
                    INSERT INTO community_follow (user_id, site_slug, target_kind, target,
                        created_at) VALUES (?, ?, ?, ?, ?)""")
                    .params(userId, site, kind.name(), target, PostStore.utc(at)).update();
        }
    }

    void unfollow(long userId, String site, Target kind, String target) {
        jdbc.sql("""
                DELETE FROM community_follow
                WHERE user_id = ? AND site_slug = ? AND target_kind = ? AND target = ?""")
                .params(userId, site, kind.name(), target).update();
    }

    List<Long> followers(String site, Target kind, String target) {
        return jdbc.sql("""
                SELECT user_id FROM community_follow
                WHERE site_slug = ? AND target_kind = ? AND target = ? ORDER BY user_id""")
                .params(site, kind.name(), target).query(Long.class).list();
    }

    List<String> topicsOf(long userId, String site) {
        return jdbc.sql("""
                SELECT target FROM community_follow
                WHERE user_id = ? AND site_slug = ? AND target_kind = 'TOPIC' ORDER BY target""")
                .params(userId, site).query(String.class).list();
    }
}
