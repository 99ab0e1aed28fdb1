package org.portico.demo.internal;

import java.time.ZoneOffset;

import org.portico.knowledge.KnowledgePublications;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Dates the deduction video article back to when Tallybird published it, during the latest tax
 * season, so that the scorecard's content impact shows the deduction cases before and after.
 */
@Component
@Order(60)
class DemoDeductionVideo implements DemoContribution {

    private final KnowledgePublications publications;

    DemoDeductionVideo(KnowledgePublications publications) {
        this.publications = publications;
    }

    @Override
    public void load(DemoContext context) {
        publications.backdate("help", DemoCaseHistory.DEDUCTION_VIDEO,
                DemoCaseHistory.videoPublished(context.today()).atTime(9, 0)
                        .toInstant(ZoneOffset.UTC));
    }
}
