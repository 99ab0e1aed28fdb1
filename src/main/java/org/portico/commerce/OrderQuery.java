package org.portico.commerce;

import java.time.LocalDate;

/**
 * Which orders to list; every criterion is optional ({@code null}).
 *
 * @param text part of the order number, the purchase-order number or a product name or code
 * @param from placed on or after this day (UTC)
 * @param to placed on or before this day (UTC)
 * @param accountName part of the account's name (console only)
 * @param page zero-based page number
 */
public record OrderQuery(String text, OrderStatus status, LocalDate from, LocalDate to,
        String accountName, int page) {

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, 0);
    }
}
