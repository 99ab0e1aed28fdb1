package org.portico.demo.internal;

import org.portico.cases.CaseQueues;
import org.portico.cases.CaseQueues.Queue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two queues that file new cases: business payroll and sales tax on the business portal.
 * They have no members, so nobody is assigned automatically and every demo agent still sees
 * every case; a supervisor adds members at {@code /console/queues}.
 */
@Component
@Order(60)
class DemoQueues implements DemoContribution {

    private final CaseQueues queues;

    DemoQueues(CaseQueues queues) {
        this.queues = queues;
    }

    @Override
    public void load(DemoContext demo) {
        queues.create(new Queue(null, "Business payroll", "business", "payroll", "payroll",
                "SKILL", 10));
        queues.create(new Queue(null, "Business sales tax", "business", "sales-tax", null,
                "LEAST_LOADED", 20));
    }
}
