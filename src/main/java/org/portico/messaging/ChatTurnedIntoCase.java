package org.portico.messaging;

import java.time.Instant;

/**
 * A chat became a case (by an agent, or by a customer who left a message outside business
 * hours); the case holds the transcript.
 */
public record ChatTurnedIntoCase(long chatId, String caseNumber, Instant at) {
}
