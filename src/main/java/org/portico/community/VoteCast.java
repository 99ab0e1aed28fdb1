package org.portico.community;

import java.time.Instant;

/**
 * A member voted a question or an answer up (+1) or down (-1), or took a vote back (0).
 */
public record VoteCast(long postId, String site, long voterUserId, int value, Instant at) {
}
