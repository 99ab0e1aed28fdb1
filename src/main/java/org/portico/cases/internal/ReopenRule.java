package org.portico.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.portico.cases.CaseClosedForReplies;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long after solving a customer's reply still reopens a case
 * ({@code portico.cases.reopen-days}). Later, and on a closed case, the reply is refused and
 * the customer is offered a new case that refers to the old one.
 */
@Component
class ReopenRule {

    private final Duration window;
    private final Clock clock;

    ReopenRule(@Value("${portico.cases.reopen-days:14}") int days, Clock clock) {
        this.window = Duration.ofDays(days);
        this.clock = clock;
    }

    /** @throws CaseClosedForReplies when the case takes no more replies */
    void check(CaseView supportCase, Instant now) {
        if (!takesReplies(supportCase, now)) {
            throw new CaseClosedForReplies(supportCase.number());
        }
    }

    boolean takesReplies(CaseView supportCase) {
        return takesReplies(supportCase, clock.instant());
    }

    private boolean takesReplies(CaseView supportCase, Instant now) {
        if (supportCase.status() == CaseStatus.CLOSED) {
            return false;
        }
        return supportCase.status() != CaseStatus.SOLVED || supportCase.solvedAt() == null
                || !supportCase.solvedAt().plus(window).isBefore(now);
    }
}
