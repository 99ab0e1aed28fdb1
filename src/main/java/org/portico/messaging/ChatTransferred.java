package org.portico.messaging;

import java.time.Instant;

/**
 * A chat moved from one agent to another agent or back to a queue.
 *
 * @param toAgentUserId the new owner, or {@code null} when it went to a queue
 */
public record ChatTransferred(long chatId, long fromAgentUserId, Long toAgentUserId,
        String queue, Instant at) {
}
