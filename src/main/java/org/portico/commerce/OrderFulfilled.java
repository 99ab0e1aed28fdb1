package org.portico.commerce;

import java.time.Instant;

/**
 * What was ordered has been delivered (plans switched on, seats added).
 */
public record OrderFulfilled(String number, long accountId, Instant at) {
}
