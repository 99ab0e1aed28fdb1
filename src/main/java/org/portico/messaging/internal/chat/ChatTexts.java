package org.portico.messaging.internal.chat;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The chat's own words (system messages, refusals) in the chat's language.
 */
@Component
class ChatTexts {

    private final MessageSource messages;

    ChatTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String get(Chat chat, String key, Object... arguments) {
        return get(chat.language(), key, arguments);
    }
}
