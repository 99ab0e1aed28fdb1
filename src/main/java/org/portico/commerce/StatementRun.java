package org.portico.commerce;

import java.time.YearMonth;
import java.util.List;

/**
 * What a statement run did for one month.
 *
 * @param claimed false when another node was running the month, in which case nothing was done
 * @param unchanged accounts that already had their statement for the month
 * @param failures accounts whose statement could not be produced, and why
 */
public record StatementRun(YearMonth month, boolean claimed, int produced, int unchanged,
        List<Failure> failures) {

    /** An account left without a statement by a run. */
    public record Failure(long accountId, String reason) {
    }

    /** The summary line that commands print. */
    public String line() {
        String counts = "statements month=" + month + " produced=" + produced + " unchanged="
                + unchanged + " failed=" + failures.size();
        return claimed ? counts : counts + " (another node is running this month)";
    }
}
