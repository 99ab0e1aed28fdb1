package org.portico.commerce;

import java.time.Instant;

/**
 * An order without its lines.
 *
 * @param number what people quote, for example {@code SO-000123}
 * @param poNumber the customer's purchase-order number, or {@code null}
 * @param confirmedAt {@code null} until an agent confirms the order; likewise the others
 */
public record OrderSummary(String number, long accountId, String accountName,
        long placedByUserId, OrderStatus status, Money total, String poNumber, Instant placedAt,
        Instant confirmedAt, Instant fulfilledAt, Instant cancelledAt) {
}
