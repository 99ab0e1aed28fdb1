package org.portico.commerce;

import java.util.List;

/**
 * An order as the API receives it. Placing the same idempotency key twice for an account gives
 * the first order back instead of a second one.
 *
 * @param poNumber the customer's purchase-order number, or {@code null}
 */
public record PlaceOrder(List<OrderItem> lines, String poNumber, String idempotencyKey) {
}
