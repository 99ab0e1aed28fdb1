package org.portico.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment received from an account.
 *
 * @param amount what was received, positive, in the account's currency (at most 2 decimals)
 * @param reference unique per account, for example a bank transfer id
 * @param note shown as the line's description
 */
public record StatementPayment(long accountId, BigDecimal amount, String reference,
        Instant receivedAt, String note) {
}
