package org.portico.commerce;

import java.time.Instant;

/**
 * One line of an account's ledger. Amounts are positive when the customer owes more
 * (invoices) and negative for payments and credits.
 *
 * @param kind {@code INVOICE}, {@code PAYMENT} or {@code CREDIT}
 * @param reference what the entry is about, for example an order number; unique per account
 *     and kind
 * @param orderNumber the order behind the entry, or {@code null}
 */
public record LedgerEntry(long accountId, String kind, String reference, String description,
        Money amount, Instant occurredAt, String orderNumber) {
}
