package org.portico.messaging;

import java.time.Instant;

/**
 * A chat ended.
 *
 * @param agentUserId the agent who owned it at the end, or {@code null} (bot only, unanswered)
 */
public record ChatEnded(long chatId, String site, Long agentUserId, Instant at) {
}
