package org.portico.community;

import java.time.Instant;

/**
 * A member asked a question in the community of a site.
 *
 * @param visible false when a moderation rule held it for review
 */
public record QuestionAsked(long questionId, String site, String topic, long authorUserId,
        boolean visible, Instant at) {
}
