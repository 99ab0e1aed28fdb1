package org.portico.messaging;

import java.time.Instant;

/**
 * The customer answered the satisfaction question after a chat.
 *
 * @param score 1 (very dissatisfied) to 5 (very satisfied)
 */
public record ChatRated(long chatId, String site, Long agentUserId, int score, Instant at) {
}
