package org.portico.analytics.internal;

import org.portico.messaging.ChatEnded;
import org.portico.surveys.CsatSurveySent;
import org.portico.surveys.NpsAnswered;
import org.portico.surveys.NpsSurveySent;
import org.portico.surveys.PastNpsSurveysImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the response rates of CSAT and NPS: the surveys sent (a case's satisfaction question,
 * the rating every ended chat offers, the NPS waves) and the NPS answers, after their change
 * has committed. CSAT answers arrive in {@link SelfServiceEventsListener}.
 */
@Component
class SurveyEventsListener {

    private static final String CHAT = "CHAT";

    private final Rollups rollups;

    SurveyEventsListener(Rollups rollups) {
        this.rollups = rollups;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CsatSurveySent event) {
        rollups.countCaseCsatSent(event.caseNumber(), event.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ChatEnded event) {
        rollups.countCsatSent(event.site(), CHAT, event.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(NpsSurveySent event) {
        rollups.countNpsSent(event.site(), event.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(NpsAnswered event) {
        rollups.countNps(event.site(), event.at(), event.score());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PastNpsSurveysImported event) {
        rollups.countPastNps(event);
    }
}
