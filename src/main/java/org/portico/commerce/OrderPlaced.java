package org.portico.commerce;

import java.time.Instant;

/**
 * A business contact placed an order.
 */
public record OrderPlaced(String number, long accountId, long placedByUserId, Money total,
        Instant at) {
}
