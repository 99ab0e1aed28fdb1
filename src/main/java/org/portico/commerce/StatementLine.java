package org.portico.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One ledger entry on a statement.
 *
 * @param kind {@code INVOICE}, {@code PAYMENT} or {@code CREDIT}
 * @param amount positive when the customer owes more; payments and credits are negative
 * @param balance the account's balance after this entry
 */
public record StatementLine(String kind, Instant occurredAt, String reference,
        String description, BigDecimal amount, BigDecimal balance) {

    public static final String INVOICE = "INVOICE";
    public static final String PAYMENT = "PAYMENT";
    public static final String CREDIT = "CREDIT";

    /** The day of the entry, in UTC (the time zone statements are cut in). */
    public LocalDate day() {
        return LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
    }
}
