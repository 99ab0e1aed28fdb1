package org.portico.messaging;

import java.time.Instant;

/**
 * A message was stored in a chat; published exactly once per message.
 *
 * @param seq the message's number within its chat, from 1
 * @param author {@code CUSTOMER}, {@code BOT}, {@code AGENT} or {@code SYSTEM}
 * @param authorUserId the agent or signed-in customer who wrote it, or {@code null}
 */
public record ChatMessagePosted(long chatId, long seq, String site, String author,
        Long authorUserId, Instant at) {
}
