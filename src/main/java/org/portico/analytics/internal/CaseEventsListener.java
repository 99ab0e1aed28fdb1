package org.portico.analytics.internal;

import org.portico.cases.CaseMarkedWaiting;
import org.portico.cases.CaseOpened;
import org.portico.cases.CaseReplied;
import org.portico.cases.CaseSolved;
import org.portico.cases.CaseTopicChanged;
import org.portico.cases.CaseWorked;
import org.portico.cases.PastCasesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the case rollups up to date: after the change that published an event has committed,
 * the case's counts are refreshed in a transaction of their own, so a failure here never undoes
 * the agent's or the customer's work (a rebuild puts the figures right).
 */
@Component
class CaseEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final Rollups rollups;
    private final BulkLoad bulkLoad;

    CaseEventsListener(Rollups rollups, BulkLoad bulkLoad) {
        this.rollups = rollups;
        this.bulkLoad = bulkLoad;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CaseOpened event) {
        refresh(event.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CaseReplied event) {
        refresh(event.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CaseSolved event) {
        refresh(event.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CaseTopicChanged event) {
        refresh(event.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CaseMarkedWaiting event) {
        refresh(event.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CaseWorked event) {
        rollups.countHandleTime(event.number(), event.agentUserId(), event.endedAt(),
                event.seconds(), Rollups.CONSOLE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PastCasesImported event) {
        if (bulkLoad.running()) {
            return;
        }
        rollups.refreshCases(event.firstNumber(), event.lastNumber());
        log.debug("Counted past cases {} to {}", event.firstNumber(), event.lastNumber());
    }

    private void refresh(String number) {
        rollups.refreshCase(number);
    }
}
