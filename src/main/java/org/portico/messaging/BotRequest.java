package org.portico.messaging;

import java.util.List;
import java.util.Locale;

/**
 * A customer's chat message put to the bot.
 *
 * @param site slug of the site the chat runs on, for example {@code help}
 * @param text what the customer wrote
 * @param locale the customer's language
 * @param customerUserId the signed-in customer's user id, or {@code null} for a visitor
 * @param earlierTexts what the customer wrote before in this chat, oldest first
 */
public record BotRequest(String site, String text, Locale locale, Long customerUserId,
        List<String> earlierTexts) {
}
