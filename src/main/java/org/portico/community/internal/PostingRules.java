package org.portico.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What happens to a new post. New members (fewer than {@code trusted-after} visible posts, or
 * members for less than {@code new-member-days}, unless a moderator trusted them) are
 * rate-limited, counted in the database so that every node sees the same count; their
 * first post, and posts of theirs with links or banned words, wait for a moderator. Staff and
 * moderators post freely. Repeated flags hide a post until it is reviewed.
 */
@Component
class PostingRules {

    static final String FIRST_POST = "first-post";
    static final String LINK = "link";
    static final String BANNED_WORD = "banned-word";

    private final int trustedAfter;
    private final boolean holdFirstPosts;
    private final int hourlyLimit;
    private final List<String> bannedWords;
    private final int flagsToHide;
    private final Duration newFor;
    private final Clock clock;

    PostingRules(@Value("${portico.community.trusted-after:3}") int trustedAfter,
            @Value("${portico.community.hold-first-posts:true}") boolean holdFirstPosts,
            @Value("${portico.community.new-member-posts-per-hour:5}") int hourlyLimit,
            @Value("${portico.community.banned-words:}") List<String> bannedWords,
            @Value("${portico.community.flags-to-hide:3}") int flagsToHide,
            @Value("${portico.community.new-member-days:7}") int newMemberDays, Clock clock) {
        this.trustedAfter = trustedAfter;
        this.holdFirstPosts = holdFirstPosts;
        this.hourlyLimit = hourlyLimit;
        this.bannedWords = bannedWords.stream().map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        this.flagsToHide = flagsToHide;
        this.newFor = Duration.ofDays(newMemberDays);
        this.clock = clock;
    }

    int flagsToHide() {
        return flagsToHide;
    }

    boolean isNew(Members.Member member) {
        if (member.trusted()) {
            return false;
        }
        return member.visiblePosts() < trustedAfter
                || member.since().isAfter(clock.instant().minus(newFor));
    }

    /** The start of the window in which a new member's posts are counted. */
    Instant rateWindowStart(Instant now) {
        return now.minus(Duration.ofHours(1));
    }

    boolean overRate(long postsInWindow) {
        return postsInWindow >= hourlyLimit;
    }

    /**
     * Why a new member's post waits for review, or {@code null} when it shows at once.
     *
     * @param postsSoFar every post the member has made before this one
     */
    String holdReason(Members.Member member, long postsSoFar, String title, PostText text) {
        if (!isNew(member)) {
            return null;
        }
        if (holdFirstPosts && postsSoFar == 0 && member.visiblePosts() == 0) {
            return FIRST_POST;
        }
        if (text.hasLink()) {
            return LINK;
        }
        String all = ((title == null ? "" : title) + " " + text.markdown())
                .toLowerCase(Locale.ROOT);
        return bannedWords.stream().anyMatch(all::contains) ? BANNED_WORD : null;
    }
}
