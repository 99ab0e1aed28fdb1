package org.portico.commerce;

import java.util.List;

/**
 * An order with its lines, in order.
 */
public record OrderDetail(OrderSummary order, List<OrderLine> lines) {
}
