package org.portico.messaging;

import java.time.Instant;

/**
 * An agent accepted a chat and now owns it.
 */
public record ChatAccepted(long chatId, long agentUserId, Instant at) {
}
