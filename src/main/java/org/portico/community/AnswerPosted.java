package org.portico.community;

import java.time.Instant;

/**
 * Someone answered a community question.
 *
 * @param byStaff the author is a member of staff (an agent), not a peer
 * @param official the agent marked it as the official answer
 * @param questionAskedAt when the question was asked, for time to first answer
 * @param firstAnswer this is the question's first answer
 */
public record AnswerPosted(long answerId, long questionId, String site, long authorUserId,
        boolean byStaff, boolean official, Instant questionAskedAt, boolean firstAnswer,
        Instant at) {
}
