package org.portico.console;

/**
 * An interest an agent hands to sales.
 *
 * @param customerId the customer who showed it, or {@code null} for the account as a whole
 * @param caseNumber the case it came up in, or {@code null}
 * @param productCode a product of the catalogue
 * @param interest what the customer wants, at most {@link #MAX_INTEREST} characters
 */
public record NewFollowUp(long accountId, Long customerId, String caseNumber,
        String productCode, String interest) {

    public static final int MAX_INTEREST = 500;
}
