package org.portico.analytics.internal;

import java.time.Duration;

import org.portico.analytics.internal.Rollups.Deflection;
import org.portico.community.AnswerAccepted;
import org.portico.community.AnswerPosted;
import org.portico.community.MemberActive;
import org.portico.community.QuestionAsked;
import org.portico.knowledge.DeflectionConfirmed;
import org.portico.knowledge.DeflectionPotential;
import org.portico.messaging.ChatAnswerConfirmed;
import org.portico.messaging.ChatRated;
import org.portico.surveys.CsatAnswered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the self-service measures (cases avoided, CSAT, community engagement) from the
 * events of the knowledge, community, messaging and surveys modules, after their change has committed.
 */
@Component
class SelfServiceEventsListener {

    private final Rollups rollups;

    SelfServiceEventsListener(Rollups rollups) {
        this.rollups = rollups;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DeflectionConfirmed event) {
        rollups.countDeflection(event.site(), event.at(), Deflection.CONFIRMED);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DeflectionPotential event) {
        rollups.countDeflection(event.site(), event.openedAt(), Deflection.POTENTIAL);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ChatAnswerConfirmed event) {
        rollups.countDeflection(event.site(), event.at(), Deflection.BOT);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AnswerAccepted event) {
        if (!event.byStaff()) {
            rollups.countDeflection(event.site(), event.at(), Deflection.COMMUNITY);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ChatRated event) {
        rollups.countCsat(event.site(), "CHAT", event.at(), event.score());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CsatAnswered event) {
        rollups.countCaseCsat(event.caseNumber(), event.at(), event.score());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(QuestionAsked event) {
        if (event.visible()) {
            rollups.countCommunityQuestion(event.site(), event.at());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AnswerPosted event) {
        long waited = Duration.between(event.questionAskedAt(), event.at()).toSeconds();
        rollups.countCommunityAnswer(event.site(), event.at(), event.firstAnswer(),
                !event.byStaff(), Math.max(0, waited));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(MemberActive event) {
        rollups.countActiveMember(event.site(), event.at(), event.userId());
    }
}
