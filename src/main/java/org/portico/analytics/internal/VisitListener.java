package org.portico.analytics.internal;

import org.portico.knowledge.HelpSiteVisited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts help-site visits for the self-service ratio; a failure here never fails the page.
 */
@Component
class VisitListener {

    private static final Logger log = LoggerFactory.getLogger(VisitListener.class);

    private final Rollups rollups;

    VisitListener(Rollups rollups) {
        this.rollups = rollups;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(HelpSiteVisited visit) {
        try {
            rollups.countVisit(visit.site(), visit.at(), visit.visitor(),
                    visit.usage().isSelfService(),
                    visit.usage() == HelpSiteVisited.Usage.SEARCH,
                    visit.usage() == HelpSiteVisited.Usage.ARTICLE);
        } catch (DataAccessException e) {
            log.warn("Visit to site {} not counted: {}", visit.site(), e.getMessage());
        }
    }
}
