package org.portico.messaging.internal.chat;

import java.time.Instant;
import java.util.Locale;

/**
 * One chat as stored.
 *
 * @param visitorHash hash of the visitor's secret token, or {@code null}
 * @param customerUserId the signed-in customer, or {@code null} for a visitor
 * @param ownerId the agent who holds the chat, or {@code null}
 * @param offeredTo the agent the waiting chat is offered to, or {@code null}
 */
record Chat(long id, String site, ChatStatus status, String visitorHash, Long customerUserId,
        String customerName, String customerEmail, String locale, String queueName,
        Long ownerId, Long offeredTo, Instant waitingSince, String lastIntent, long lastSeq,
        long customerRead, long agentRead, String caseNumber, Integer rating,
        Instant startedAt, Instant endedAt) {

    Locale language() {
        return Locale.forLanguageTag(locale.replace('_', '-'));
    }
}
