package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.util.List;

import org.portico.knowledge.ArticleSuggestion;
import org.portico.messaging.ChatAnswerConfirmed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The three moments the chat learns whether an article spared a person's time: suggestions
 * shown while the question is typed, a suggestion opened, an answer confirmed ("this answered
 * my question"). The knowledge module's deflection records are to be fed from here.
 */
@Component
class ChatDeflectionSignals {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatDeflectionSignals(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Suggestions were shown in the pre-chat form. */
    void suggestionsShown(String site, List<ArticleSuggestion> shown) {
        // TODO(#6): record with the knowledge module's deflection signals once they exist.
    }

    /** The customer opened a suggested article from the widget. */
    void suggestionOpened(String site, String articleUrl) {
        // TODO(#6): record with the knowledge module's deflection signals once they exist.
    }

    /** The customer confirmed that an article offered in the chat answered the question. */
    void answerConfirmed(long chatId, String site, String articleUrl) {
        events.publishEvent(new ChatAnswerConfirmed(chatId, site, articleUrl, clock.instant()));
    }
}
