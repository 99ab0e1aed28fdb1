package org.portico.commerce;

import java.time.Instant;

/**
 * An agent confirmed an order; it has been invoiced to the account.
 */
public record OrderConfirmed(String number, long accountId, Money total, Instant at) {
}
