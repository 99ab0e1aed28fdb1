package org.portico.messaging;

import java.time.Instant;

/**
 * An agent attached a chat to one of its customer's existing cases; the case holds the
 * transcript as an internal note and the chat's files.
 */
public record ChatAttachedToCase(long chatId, String caseNumber, Instant at) {
}
