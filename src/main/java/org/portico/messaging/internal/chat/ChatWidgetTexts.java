package org.portico.messaging.internal.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The widget's words in the visitor's language, sent with its settings so that the script
 * itself holds no text.
 */
@Component
class ChatWidgetTexts {

    static final List<String> KEYS = List.of("open", "close", "title", "intro", "name",
            "email", "question", "start", "suggestions", "send", "placeholder", "person",
            "helpful", "yes", "no", "typing", "delivered", "read", "end", "rate", "rated",
            "transcript", "transcript.sent", "leave", "leave.placeholder", "leave.sent",
            "waiting", "reconnecting", "bot", "you", "new-chat", "attach", "download", "answered",
            "answered.thanks");

    private final MessageSource messages;

    ChatWidgetTexts(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> texts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : KEYS) {
            texts.put(key, messages.getMessage("chat.widget." + key, null, locale));
        }
        return texts;
    }
}
