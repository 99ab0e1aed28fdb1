package org.portico.community.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.cases.Topics;
import org.portico.community.AnswerAccepted;
import org.portico.community.AnswerPosted;
import org.portico.community.CommunityContent;
import org.portico.community.MemberActive;
import org.portico.community.QuestionAsked;
import org.portico.community.QuestionEscalated;
import org.portico.community.VoteCast;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking, answering, commenting, editing, voting, accepting, flagging and escalating. Every
 * post passes the {@link PostingRules}; a form sent twice (same token) makes one post.
 */
@Service
class CommunityService implements CommunityContent {

    private static final Logger log = LoggerFactory.getLogger(CommunityService.class);
    private static final Set<Role> MODERATING_ROLES = Set.of(Role.SITE_MANAGER, Role.ADMIN);
    private static final int CASE_TEXT = 9000;

    private final PostStore posts;
    private final Members members;
    private final Follows follows;
    private final Notifications notifications;
    private final PostingRules rules;
    private final Cases cases;
    private final People people;
    private final PorticoProperties properties;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommunityService(PostStore posts, Members members, Follows follows,
            Notifications notifications, PostingRules rules, Cases cases, People people,
            PorticoProperties properties, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.posts = posts;
        this.members = members;
        this.follows = follows;
        this.notifications = notifications;
        this.rules = rules;
        this.cases = cases;
        this.people = people;
        this.properties = properties;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What a member asks. */
    record NewQuestion(String site, String title, String markdown, String topic) {
    }

    /** A post that was made (or found again for a form sent twice). */
    record Posted(long id, long questionId, Post.Status status) {
    }

    boolean isModerator(PorticoUser user) {
        if (user == null) {
            return false;
        }
        return MODERATING_ROLES.contains(user.role())
                || members.find(user.id()).map(Members.Member::moderator).orElse(false);
    }

    @Transactional
    Posted ask(PorticoUser author, NewQuestion question, String formToken) {
        Instant now = clock.instant();
        Members.Member member = admit(author, formToken, now);
        PostText text = PostText.of(question.markdown());
        String title = question.title().strip();
        Post.Status status = statusFor(author, member, title, text);
        long id = posts.insert(new PostStore.NewPost(Post.Kind.QUESTION, question.site(), null,
                null, title, question.topic(), languageOf(title + text.text()), text,
                author.id(), false, status, heldReason(author, member, title, text), now));
        recordToken(formToken, id);
        follows.follow(author.id(), question.site(), Follows.Target.QUESTION, String.valueOf(id),
                now);
        Post asked = posts.find(id).orElseThrow();
        if (asked.isVisible()) {
            becameVisible(asked, now);
        }
        events.publishEvent(new QuestionAsked(id, question.site(), question.topic(), author.id(),
                asked.isVisible(), now));
        active(author, question.site(), now);
        log.info("Community question {} asked on {} ({})", id, question.site(), status);
        return new Posted(id, id, status);
    }

    @Transactional
    Posted answer(PorticoUser author, long questionId, String markdown, boolean official,
            String formToken) {
        Instant now = clock.instant();
        Post question = readableQuestion(author, questionId);
        Members.Member member = admit(author, formToken, now);
        PostText text = PostText.of(markdown);
        boolean staff = author.role().isStaff();
        Post.Status status = statusFor(author, member, null, text);
        long id = posts.insert(new PostStore.NewPost(Post.Kind.ANSWER, question.site(),
                question.id(), null, null, null, languageOf(text.text()), text, author.id(),
                official && staff, status, heldReason(author, member, null, text), now));
        recordToken(formToken, id);
        Post answer = posts.find(id).orElseThrow();
        boolean first = question.answerCount() == 0 && answer.isVisible();
        if (answer.isVisible()) {
            becameVisible(answer, now);
        }
        events.publishEvent(new AnswerPosted(id, question.id(), question.site(), author.id(),
                staff, answer.official(), question.createdAt(), first, now));
        active(author, question.site(), now);
        log.info("Community answer {} to question {} ({})", id, question.id(), status);
        return new Posted(id, question.id(), status);
    }

    @Transactional
    Posted comment(PorticoUser author, long postId, String body, String formToken) {
        Instant now = clock.instant();
        Post parent = posts.find(postId).filter(p -> p.kind() != Post.Kind.COMMENT)
                .orElseThrow(() -> new NotFoundException("community post " + postId));
        Post question = readableQuestion(author, parent.questionOrSelf());
        if (!parent.isVisible() && !isModerator(author)) {
            throw new NotFoundException("community post " + postId);
        }
        Members.Member member = admit(author, formToken, now);
        PostText text = PostText.of(body);
        Post.Status status = statusFor(author, member, null, text);
        long id = posts.insert(new PostStore.NewPost(Post.Kind.COMMENT, question.site(),
                question.id(), parent.id(), null, null, languageOf(text.text()), text,
                author.id(), false, status, heldReason(author, member, null, text), now));
        recordToken(formToken, id);
        if (status == Post.Status.VISIBLE) {
            members.countVisiblePost(author.id());
        }
        active(author, question.site(), now);
        return new Posted(id, question.id(), status);
    }

    /** Edits a post (its author or a moderator); the earlier version is kept. */
    @Transactional
    void edit(PorticoUser editor, long postId, String title, String markdown) {
        Post post = posts.find(postId).filter(p -> p.status() != Post.Status.DELETED)
                .orElseThrow(() -> new NotFoundException("community post " + postId));
        if (post.authorId() != editor.id() && !isModerator(editor)) {
            throw new CommunityRefusal("community.refused.not-yours");
        }
        String newTitle = post.kind() == Post.Kind.QUESTION && title != null ? title.strip()
                : post.title();
        posts.rewrite(post, newTitle, PostText.of(markdown), editor.id(), clock.instant());
    }

    /**
     * Votes a post up or down; the same vote again takes it back.
     *
     * @return the post's new score
     */
    @Transactional
    int vote(PorticoUser voter, long postId, int value) {
        Post post = posts.find(postId).filter(Post::isVisible)
                .filter(p -> p.kind() != Post.Kind.COMMENT)
                .orElseThrow(() -> new NotFoundException("community post " + postId));
        if (post.authorId() == voter.id()) {
            throw new CommunityRefusal("community.refused.own-vote");
        }
        Instant now = clock.instant();
        members.ensure(voter.id(), now);
        int vote = Integer.signum(value);
        Integer before = jdbc.sql("""
                SELECT vote_value FROM community_vote WHERE post_id = ? AND user_id = ?""")
                .params(postId, voter.id()).query(Integer.class).optional().orElse(null);
        jdbc.sql("DELETE FROM community_vote WHERE post_id = ? AND user_id = ?")
                .params(postId, voter.id()).update();
        int cast = before != null && before == vote ? 0 : vote;
        if (cast != 0) {
            jdbc.sql("""
                    INSERT INTO community_vote (post_id, user_id, vote_value, created_at)
                    VALUES (?, ?, ?, ?)""")
                    .params(postId, voter.id(), cast, PostStore.utc(now)).update();
        }
        posts.refreshScore(postId);
        awardBadges(post.authorId(), now);
        events.publishEvent(new VoteCast(postId, post.site(), voter.id(), cast, now));
        active(voter, post.site(), now);
        return posts.find(postId).map(Post::score).orElse(0);
    }

    /** The viewer's votes on the posts of a question, by post id. */
    Map<Long, Integer> votesOf(PorticoUser viewer, long questionId) {
        if (viewer == null) {
            return Map.of();
        }
        Map<Long, Integer> votes = new HashMap<>();
        jdbc.sql("""
                SELECT v.post_id, v.vote_value FROM community_vote v
                JOIN community_post p ON p.id = v.post_id
                WHERE v.user_id = ? AND (p.id = ? OR p.question_id = ?)""")
                .params(viewer.id(), questionId, questionId)
                .query(rs -> {
                    votes.put(rs.getLong(1), rs.getInt(2));
                });
        return votes;
    }

    /** Accepts an answer, or takes the acceptance back (the asker or a moderator). */
    @Transactional
    boolean toggleAccepted(PorticoUser user, long answerId) {
        Post answer = posts.find(answerId).filter(Post::isVisible)
                .filter(p -> p.kind() == Post.Kind.ANSWER)
                .orElseThrow(() -> new NotFoundException("community answer " + answerId));
        Post question = posts.find(answer.questionId()).orElseThrow();
        if (question.authorId() != user.id() && !isModerator(user)) {
            throw new CommunityRefusal("community.refused.not-asker");
        }
        Instant now = clock.instant();
        boolean accepted = !answer.accepted();
        posts.setAccepted(answerId, accepted);
        posts.refreshQuestion(question.id());
        awardBadges(answer.authorId(), now);
        if (accepted) {
            notifications.notify(followersExcept(question, user.id()), question,
                    Notifications.Kind.ANSWER_ACCEPTED, now);
            events.publishEvent(new AnswerAccepted(answerId, question.id(), question.site(),
                    answer.authorId(), answer.authorStaff(), user.id(), now));
            log.info("Community answer {} accepted on question {}", answerId, question.id());
        }
        return accepted;
    }

    /**
     * Flags a post for moderators; once it has {@link PostingRules#flagsToHide()} open flags
     * it is hidden until reviewed.
     */
    @Transactional
    void flag(PorticoUser member, long postId, String reason) {
        Post post = posts.find(postId).filter(Post::isVisible)
                .orElseThrow(() -> new NotFoundException("community post " + postId));
        if (post.authorId() == member.id()) {
            throw new CommunityRefusal("community.refused.own-flag");
        }
        long already = jdbc.sql("""
                SELECT COUNT(*) FROM community_flag WHERE post_id = ? AND user_id = ?""")
                .params(postId, member.id()).query(Long.class).single();
        if (already > 0) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO community_flag (post_id, user_id, reason, resolved, created_at)
                VALUES (?, ?, ?, FALSE, ?)""")
                .params(postId, member.id(), reason, PostStore.utc(now)).update();
        int open = jdbc.sql("""
                UPDATE community_post SET flag_count = (SELECT COUNT(*) FROM community_flag f
                    WHERE f.post_id = community_post.id AND f.resolved = FALSE) WHERE id = ?""")
                .param(postId).update();
        Post flagged = posts.find(postId).orElseThrow();
        if (open > 0 && flagged.flagCount() >= rules.flagsToHide()) {
            posts.setStatus(postId, Post.Status.FLAGGED, now);
            refreshAfterStatusChange(flagged);
            log.info("Community post {} hidden after {} flags", postId, flagged.flagCount());
        }
    }

    /** Deletes a post: its author (a question only while unanswered) or a moderator. */
    @Transactional
    Post delete(PorticoUser user, long postId) {
        Post post = posts.find(postId).filter(p -> p.status() != Post.Status.DELETED)
                .orElseThrow(() -> new NotFoundException("community post " + postId));
        boolean moderator = isModerator(user);
        if (!moderator && post.authorId() != user.id()) {
            throw new NotFoundException("community post " + postId + " of another member");
        }
        if (!moderator && post.kind() == Post.Kind.QUESTION && post.answerCount() > 0) {
            throw new CommunityRefusal("community.refused.cannot-delete");
        }
        posts.setStatus(postId, Post.Status.DELETED, clock.instant());
        refreshAfterStatusChange(post);
        return post;
    }

    /**
     * Turns a question into a case of its asker, at the asker's or an agent's request. The
     * case describes the question and links back to it; asking again returns the same case.
     */
    @Transactional
    String escalate(PorticoUser actor, long questionId) {
        Post question = posts.find(questionId).filter(p -> p.kind() == Post.Kind.QUESTION)
                .filter(p -> p.status() != Post.Status.DELETED)
                .orElseThrow(() -> new NotFoundException("community question " + questionId));
        boolean asker = question.authorId() == actor.id();
        if (!asker && !CaseDesk.mayWork(actor)) {
            throw new NotFoundException("community question " + questionId);
        }
        if (question.caseNumber() != null) {
            return question.caseNumber();
        }
        PorticoUser requester = asker ? actor : people.user(question.authorId())
                .filter(u -> u.accountId() != null)
                .orElseThrow(() -> new CommunityRefusal("community.refused.no-customer"));
        if (requester.accountId() == null) {
            throw new CommunityRefusal("community.refused.no-customer");
        }
        String topic = Topics.isKnown(question.topic()) ? question.topic() : "account";
        CaseView opened = cases.open(requester, new NewCase(question.site(), question.title(),
                caseDescription(question), topic).from("COMMUNITY"));
        posts.setCaseNumber(questionId, opened.number());
        events.publishEvent(new QuestionEscalated(questionId, question.site(), opened.number(),
                actor.id(), clock.instant()));
        log.info("Community question {} escalated to case {}", questionId, opened.number());
        return opened.number();
    }

    /** A question the user may read; held or hidden questions only for author and moderators. */
    Post readableQuestion(PorticoUser viewer, long questionId) {
        Post question = posts.find(questionId).filter(p -> p.kind() == Post.Kind.QUESTION)
                .filter(p -> p.status() != Post.Status.DELETED)
                .orElseThrow(() -> new NotFoundException("community question " + questionId));
        boolean own = viewer != null && viewer.id() == question.authorId();
        if (!question.isVisible() && !own && !isModerator(viewer)
                && !CaseDesk.mayWork(viewer)) {
            throw new NotFoundException("community question " + questionId);
        }
        return question;
    }

    /** The id of the post a form token made, when that form was sent before. */
    @Transactional(readOnly = true)
    Optional<Posted> submitted(String formToken) {
        return jdbc.sql("SELECT post_id FROM community_submission WHERE token = ?")
                .param(formToken).query(Long.class).optional()
                .flatMap(posts::find)
                .map(p -> new Posted(p.id(), p.questionOrSelf(), p.status()));
    }

    /** A post shows now (made visible, or approved by a moderator). */
    void becameVisible(Post post, Instant now) {
        members.countVisiblePost(post.authorId());
        if (post.kind() == Post.Kind.ANSWER) {
            posts.refreshQuestion(post.questionId());
            Post question = posts.find(post.questionId()).orElseThrow();
            notifications.notify(followersExcept(question, post.authorId()), question,
                    Notifications.Kind.NEW_ANSWER, now);
        } else if (post.kind() == Post.Kind.QUESTION) {
            List<Long> followers = follows.followers(post.site(), Follows.Target.TOPIC,
                    String.valueOf(post.topic())).stream()
                    .filter(id -> id != post.authorId()).toList();
            notifications.notify(followers, post, Notifications.Kind.NEW_QUESTION, now);
        }
        awardBadges(post.authorId(), now);
    }

    void refreshAfterStatusChange(Post post) {
        if (post.kind() == Post.Kind.ANSWER) {
            posts.refreshQuestion(post.questionId());
        }
        members.refreshReputation(post.authorId());
    }

    /** Badges for milestones: first question, first answer, first accepted answer, reputation. */
    void awardBadges(long userId, Instant now) {
        members.ensure(userId, now);
        int reputation = members.refreshReputation(userId);
        List<Long> counts = jdbc.sql("""
                SELECT
                    (SELECT COUNT(*) FROM community_post WHERE author_user_id = ?
                        AND kind = 'QUESTION' AND status = 'VISIBLE'),
                    (SELECT COUNT(*) FROM community_post WHERE author_user_id = ?
                        AND kind = 'ANSWER' AND status = 'VISIBLE'),
                    (SELECT COUNT(*) FROM community_post WHERE author_user_id = ?
                        AND kind = 'ANSWER' AND status = 'VISIBLE' AND accepted = TRUE)""")
                .params(userId, userId, userId)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
        award(userId, counts.get(0) > 0, Badges.FIRST_QUESTION, now);
        award(userId, counts.get(1) > 0, Badges.FIRST_ANSWER, now);
        award(userId, counts.get(2) > 0, Badges.ACCEPTED_ANSWER, now);
        award(userId, counts.get(2) >= 10, Badges.TEN_ACCEPTED, now);
        award(userId, reputation >= 50, Badges.REPUTATION_50, now);
        award(userId, reputation >= 200, Badges.REPUTATION_200, now);
    }

    private void award(long userId, boolean earned, String badge, Instant now) {
        if (earned) {
            members.award(userId, badge, now);
        }
    }

    private Members.Member admit(PorticoUser author, String formToken, Instant now) {
        Members.Member member = members.ensure(author.id(), now);
        if (member.suspended()) {
            throw new CommunityRefusal("community.refused.suspended");
        }
        if (formToken != null && !formToken.isBlank()) {
            jdbc.sql("""
                    INSERT INTO community_submission (token, user_id, created_at)
                    VALUES (?, ?, ?)""")
                    .params(formToken, author.id(), PostStore.utc(now)).update();
        }
        if (!author.role().isStaff() && rules.isNew(member) && rules.overRate(
                posts.postsSince(author.id(), rules.rateWindowStart(now)))) {
            throw new CommunityRefusal("community.refused.rate");
        }
        return member;
    }

    private void recordToken(String formToken, long postId) {
        if (formToken != null && !formToken.isBlank()) {
            jdbc.sql("UPDATE community_submission SET post_id = ? WHERE token = ?")
                    .params(postId, formToken).update();
        }
    }

    private Post.Status statusFor(PorticoUser author, Members.Member member, String title,
            PostText text) {
        return heldReason(author, member, title, text) == null ? Post.Status.VISIBLE
                : Post.Status.HELD;
    }

    private String heldReason(PorticoUser author, Members.Member member, String title,
            PostText text) {
        if (author.role().isStaff() || member.moderator()) {
            return null;
        }
        return rules.holdReason(member, posts.postsOf(author.id()), title, text);
    }

    private void active(PorticoUser user, String site, Instant now) {
        if (members.touch(user.id(), now)) {
            events.publishEvent(new MemberActive(user.id(), site, now));
        }
    }

    private List<Long> followersExcept(Post question, long userId) {
        return follows.followers(question.site(), Follows.Target.QUESTION,
                String.valueOf(question.id())).stream().filter(id -> id != userId).toList();
    }

    private String caseDescription(Post question) {
        String link = baseUrl() + "/s/" + question.site() + "/community/questions/"
                + question.id();
        String body = question.bodyText();
        if (body.length() > CASE_TEXT) {
            body = body.substring(0, CASE_TEXT) + "…";
        }
        return body + "\n\n" + "Community question: " + link;
    }

    private String baseUrl() {
        try {
            return properties.publicBaseUrl();
        } catch (IllegalStateException noRequest) {
            return "";
        }
    }

    static String languageOf(String text) {
        boolean chinese = text.codePoints().anyMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese ? "zh" : "en";
    }

    @Override
    @Transactional
    public void trust(long userId) {
        members.ensure(userId, clock.instant());
        members.trust(userId);
    }

    @Override
    @Transactional
    public long ask(long authorUserId, String site, String title, String markdown,
            String topic) {
        return ask(user(authorUserId), new NewQuestion(site, title, markdown, topic), null).id();
    }

    @Override
    @Transactional
    public long answer(long authorUserId, long questionId, String markdown) {
        PorticoUser author = user(authorUserId);
        return answer(author, questionId, markdown, author.role().isStaff(), null).id();
    }

    @Override
    @Transactional
    public void accept(long askerUserId, long answerId) {
        Post answer = posts.find(answerId).orElseThrow();
        if (!answer.accepted()) {
            toggleAccepted(user(askerUserId), answerId);
        }
    }

    @Override
    @Transactional
    public void vote(long voterUserId, long postId, int value) {
        vote(user(voterUserId), postId, value);
    }

    private PorticoUser user(long id) {
        return people.user(id).orElseThrow(() -> new NotFoundException("user " + id));
    }
}
