package org.portico.messaging.internal.chat;

import java.time.Instant;

/**
 * One message of a chat, as clients receive it.
 *
 * @param seq the message's number in its chat, from 1 without gaps
 * @param author {@code CUSTOMER}, {@code BOT}, {@code AGENT} or {@code SYSTEM}
 * @param action for bot and system messages, what the widget offers next, else {@code null}
 * @param clientRef the sender's own reference, so a resent message is stored once
 * @param file the file the message carries, or {@code null}
 */
record ChatLine(long seq, String author, String authorName, String body, String linkTitle,
        String linkUrl, String action, String clientRef, Instant postedAt, ChatFile file) {
}
