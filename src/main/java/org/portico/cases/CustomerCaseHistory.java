package org.portico.cases;

/**
 * A customer account's past cases, as the console shows them beside a case.
 */
public interface CustomerCaseHistory {

    /**
     * Every case of the account except {@code exceptNumber}, newest first.
     *
     * @param exceptNumber the case being looked at, or {@code null}
     */
    PastCases ofAccount(long accountId, String exceptNumber);
}
