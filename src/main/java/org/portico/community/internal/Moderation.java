package org.portico.community.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' review queue (posts held by a rule, hidden by flags, or flagged) and their
 * actions: approve, edit, hide, suspend or reinstate a member; site managers also promote
 * members to moderators. Every action is written to the moderation log.
 */
@Service
class Moderation {

    private static final Logger log = LoggerFactory.getLogger(Moderation.class);
    private static final Set<Role> MANAGERS = Set.of(Role.SITE_MANAGER, Role.ADMIN);

    enum Action { APPROVE, HIDE, EDIT, SUSPEND, REINSTATE, PROMOTE, DEMOTE }

    record LogEntry(String moderatorName, Action action, Long postId, String memberName,
            Instant at) {
    }

    private final CommunityService community;
    private final QuestionLists lists;
    private final PostStore posts;
    private final Members members;
    private final JdbcClient jdbc;
    private final Clock clock;

    Moderation(CommunityService community, QuestionLists lists, PostStore posts,
            Members members, JdbcClient jdbc, Clock clock) {
        this.community = community;
        this.lists = lists;
        this.posts = posts;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static boolean isManager(PorticoUser user) {
        return user != null && MANAGERS.contains(user.role());
    }

    /** Posts waiting for a moderator, oldest first; {@code site} null for every site. */
    @Transactional(readOnly = true)
    QuestionLists.Page queue(PorticoUser moderator, String site, int page) {
        require(moderator);
        Map<String, Object> params = new HashMap<>();
        String where = "(p.status IN ('HELD', 'FLAGGED')"
                + " OR (p.status = 'VISIBLE' AND p.flag_count > 0))";
        if (site != null) {
            where += " AND p.site_slug = :site";
            params.put("site", site);
        }
        return lists.page(where, params, "p.created_at, p.id", page);
    }

    @Transactional
    Post approve(PorticoUser moderator, long postId) {
        Post post = reviewable(moderator, postId);
        Instant now = clock.instant();
        posts.setStatus(postId, Post.Status.VISIBLE, now);
        resolveFlags(postId);
        if (post.status() == Post.Status.HELD) {
            community.becameVisible(posts.find(postId).orElseThrow(), now);
        } else {
            community.refreshAfterStatusChange(post);
        }
        record(moderator, post.site(), Action.APPROVE, postId, post.authorId());
        return post;
    }

    @Transactional
    Post hide(PorticoUser moderator, long postId) {
        Post post = reviewable(moderator, postId);
        posts.setStatus(postId, Post.Status.HIDDEN, clock.instant());
        resolveFlags(postId);
        community.refreshAfterStatusChange(post);
        record(moderator, post.site(), Action.HIDE, postId, post.authorId());
        return post;
    }

    @Transactional
    void edit(PorticoUser moderator, long postId, String title, String markdown) {
        Post post = reviewable(moderator, postId);
        community.edit(moderator, postId, title, markdown);
        record(moderator, post.site(), Action.EDIT, postId, post.authorId());
    }

    @Transactional
    void suspend(PorticoUser moderator, String site, long memberId, boolean suspended) {
        require(moderator);
        Members.Member member = members.ensure(memberId, clock.instant());
        if (member.role().isStaff()) {
            throw new AccessDeniedException("staff are not suspended here");
        }
        members.setSuspended(memberId, suspended);
        record(moderator, site, suspended ? Action.SUSPEND : Action.REINSTATE, null, memberId);
    }

    /** Makes a member a moderator or takes it back; site managers and administrators only. */
    @Transactional
    void promote(PorticoUser manager, String site, long memberId, boolean moderator) {
        if (!isManager(manager)) {
            throw new AccessDeniedException("only site managers promote moderators");
        }
        members.ensure(memberId, clock.instant());
        members.setModerator(memberId, moderator);
        record(manager, site, moderator ? Action.PROMOTE : Action.DEMOTE, null, memberId);
    }

    @Transactional(readOnly = true)
    List<LogEntry> log(PorticoUser moderator, String site, int limit) {
        require(moderator);
        String where = site == null ? "" : " WHERE l.site_slug = ?";
        var query = jdbc.sql("""
                SELECT m.display_name, l.action, l.post_id, u.display_name, l.created_at
                FROM community_moderation_log l
                JOIN app_user m ON m.id = l.moderator_user_id
                LEFT JOIN app_user u ON u.id = l.member_user_id""" + where
                + " ORDER BY l.created_at DESC, l.id DESC FETCH FIRST " + limit + " ROWS ONLY");
        if (site != null) {
            query = query.param(site);
        }
        return query.query((rs, n) -> new LogEntry(rs.getString(1),
                Action.valueOf(rs.getString(2)), rs.getObject(3, Long.class), rs.getString(4),
                PostStore.instant(rs, 5))).list();
    }

    void require(PorticoUser user) {
        if (!community.isModerator(user)) {
            throw new AccessDeniedException("moderators only");
        }
    }

    private Post reviewable(PorticoUser moderator, long postId) {
        require(moderator);
        return posts.find(postId).filter(p -> p.status() != Post.Status.DELETED)
                .orElseThrow(() -> new NotFoundException("community post " + postId));
    }

    private void resolveFlags(long postId) {
        jdbc.sql("UPDATE community_flag SET resolved = TRUE WHERE post_id = ?").param(postId)
                .update();
        jdbc.sql("UPDATE community_post SET flag_count = 0 WHERE id = ?").param(postId).update();
    }

    private void record(PorticoUser moderator, String site, Action action, Long postId,
            Long memberId) {
        jdbc.sql("""
                INSERT INTO community_moderation_log (site_slug, moderator_user_id, action,
                    post_id, member_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(site, moderator.id(), action.name(), postId, memberId,
                        PostStore.utc(clock.instant()))
                .update();
        log.info("Community moderation: {} by user {} on post {} member {}", action,
                moderator.id(), postId, memberId);
    }
}
