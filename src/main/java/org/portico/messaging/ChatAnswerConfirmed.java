package org.portico.messaging;

import java.time.Instant;

/**
 * The customer said an article offered in a chat answered their question: a confirmed
 * deflection.
 */
public record ChatAnswerConfirmed(long chatId, String site, String articleUrl, Instant at) {
}
