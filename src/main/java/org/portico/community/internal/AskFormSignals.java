package org.portico.community.internal;

import java.time.Clock;

import org.portico.community.AskFormDeflected;
import org.portico.community.AskFormSuggestionOpened;
import org.portico.community.AskFormSuggestionsShown;
import org.portico.identity.PorticoUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The deflection signals of the ask form, in one place: suggestions shown, a suggestion
 * opened, and "this answered my question". Each is published as an event of this module.
 */
@Component
class AskFormSignals {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AskFormSignals(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void suggestionsShown(String site, PorticoUser user, int questions, int articles) {
        if (questions + articles > 0) {
            events.publishEvent(new AskFormSuggestionsShown(site, idOf(user), questions,
                    articles, clock.instant()));
        }
    }

    void suggestionOpened(String site, PorticoUser user, String url) {
        events.publishEvent(new AskFormSuggestionOpened(site, idOf(user), url, clock.instant()));
    }

    void answeredWithoutAsking(String site, PorticoUser user) {
        events.publishEvent(new AskFormDeflected(site, idOf(user), clock.instant()));
    }

    private static Long idOf(PorticoUser user) {
        return user == null ? null : user.id();
    }
}
