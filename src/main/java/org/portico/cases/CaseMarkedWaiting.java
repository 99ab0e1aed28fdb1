package org.portico.cases;

import java.time.Instant;

/**
 * An agent set an open case to WAITING: the next move is the customer's.
 */
public record CaseMarkedWaiting(String number, CaseStatus previousStatus, long byUserId,
        Instant at) {
}
