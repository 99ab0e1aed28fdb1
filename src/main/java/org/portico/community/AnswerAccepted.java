package org.portico.community;

import java.time.Instant;

/**
 * An answer was accepted (by the asker or a moderator); a question may have several.
 *
 * @param byStaff the accepted answer was written by staff rather than a peer
 */
public record AnswerAccepted(long answerId, long questionId, String site,
        long answerAuthorUserId, boolean byStaff, long acceptedByUserId, Instant at) {
}
