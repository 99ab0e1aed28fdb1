package org.portico.messaging;

import java.time.Instant;

/**
 * The bot (or the customer's request) handed a chat to the queue of people.
 *
 * @param lastIntent what the bot recognised last, or {@code null}
 */
public record ChatHandedOver(long chatId, String site, String queue, String lastIntent,
        Instant at) {
}
