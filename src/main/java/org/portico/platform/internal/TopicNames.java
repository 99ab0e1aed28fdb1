package org.portico.platform.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name of a topic in the reader's language, for pages: {@code ${@topicNames.of(key,
 * name)}} gives the translation under {@code topic.<key>} when there is one, else the name the
 * topic was given. Thymeleaf's {@code #messages.msgOrNull} answers the same but builds an
 * exception for every topic without a translation, which a page listing a hundred imported
 * topics paid on every view.
 */
@Component("topicNames")
class TopicNames {

    private final MessageSource messages;

    TopicNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The translated name of the topic, or {@code name} when it has none. */
    public String of(String key, String name) {
        String translated = key == null ? null
                : messages.getMessage("topic." + key, null, null, LocaleContextHolder.getLocale());
        return translated != null ? translated : name;
    }
}
