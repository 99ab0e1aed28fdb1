package org.portico.community;

/**
 * Community content written on behalf of existing users (demo data, imports). Posts made here
 * skip the moderation rules for new members; members are made trusted first.
 */
public interface CommunityContent {

    /** Makes a member trusted: their posts are no longer held as a new member's. */
    void trust(long userId);

    /** Asks a question; returns its id. */
    long ask(long authorUserId, String site, String title, String markdown, String topic);

    /** Answers a question; returns the answer's id. */
    long answer(long authorUserId, long questionId, String markdown);

    /** Accepts an answer as the asker of its question. */
    void accept(long askerUserId, long answerId);

    /** Votes a post up (+1) or down (-1). */
    void vote(long voterUserId, long postId, int value);
}
