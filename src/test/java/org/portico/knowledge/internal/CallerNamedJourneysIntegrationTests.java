package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.portico.knowledge.DeflectionPotential;
import org.portico.knowledge.DeflectionSignals;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Forms without a web session (the chat widget on another origin) name their visitor
 * themselves; their journeys end the same three ways as the sites' forms.
 */
@PorticoIntegrationTest
@RecordApplicationEvents
class CallerNamedJourneysIntegrationTests {

    @Autowired
    DeflectionSignals signals;

    @Autowired
    DeflectionJourneys journeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anOpenedSuggestionWithoutAChatWithinThirtyMinutesIsAPotentialDeflection() {
        String visitor = "chat:" + UUID.randomUUID();
        String slug = "potential-" + UUID.randomUUID();
        openedSuggestion(visitor, slug);
        backdateOpening(visitor);

        journeys.markAbandoned(Instant.now());

        assertThat(events.stream(DeflectionPotential.class).filter(e -> e.slug().equals(slug)))
                .singleElement().extracting(DeflectionPotential::form).isEqualTo("chat");
    }

    @Test
    void aChatStartedAfterAllAvoidedNothing() {
        String visitor = "chat:" + UUID.randomUUID();
        String slug = "sent-" + UUID.randomUUID();
        openedSuggestion(visitor, slug);
        signals.formSent("help", DeflectionSignals.PRE_CHAT_FORM, visitor);
        backdateOpening(visitor);

        journeys.markAbandoned(Instant.now());

        assertThat(events.stream(DeflectionPotential.class).filter(e -> e.slug().equals(slug)))
                .isEmpty();
    }

    private void openedSuggestion(String visitor, String slug) {
        signals.shown("help", DeflectionSignals.PRE_CHAT_FORM, visitor, List.of(slug));
        signals.opened("help", DeflectionSignals.PRE_CHAT_FORM, visitor, slug);
    }

    private void backdateOpening(String visitor) {
        jdbc.sql("UPDATE deflection_journey SET opened_at = ? WHERE visitor = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(31), visitor).update();
    }
}
