package org.portico.messaging;

import java.time.Instant;

/**
 * A customer or visitor started a chat on a site.
 *
 * @param customerUserId the signed-in customer, or {@code null} for a visitor
 */
public record ChatStarted(long chatId, String site, Long customerUserId, Instant at) {
}
