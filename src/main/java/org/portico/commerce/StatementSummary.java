package org.portico.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A statement as a list shows it.
 *
 * @param number per-account sequential number, for example {@code ST-42-00003}
 * @param periodEnd the last day of the month (inclusive)
 * @param currency ISO 4217 code of the account
 */
public record StatementSummary(String number, long accountId, YearMonth month,
        LocalDate periodStart, LocalDate periodEnd, String currency, BigDecimal opening,
        BigDecimal closing, Instant producedAt) {
}
