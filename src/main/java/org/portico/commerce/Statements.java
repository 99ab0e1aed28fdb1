package org.portico.commerce;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Monthly statements of business accounts and the payments they show.
 *
 * <p>A statement covers one calendar month in UTC. It is produced once, after the month has
 * closed, and never changes afterwards: its lines are a snapshot of the account's ledger.
 * Every read takes the account id, so that a statement number of another account is simply
 * not found.
 */
public interface Statements {

    /** The account's statements, newest first. */
    List<StatementSummary> statementsOf(long accountId);

    /** One statement of the account with its lines, or empty for a number of another account. */
    Optional<StatementDetail> statement(long accountId, String number);

    /**
     * Produces the statements of {@code month} for every business account. Runs once across
     * nodes; running it again for the same month changes nothing.
     */
    StatementRun produce(YearMonth month);

    /** Records a payment received from an account; its ledger entry is negative. */
    StatementLine recordPayment(StatementPayment payment);

    /** Every ledger entry of the account, oldest first, with the running balance. */
    List<StatementLine> ledgerOf(long accountId);

    /** The statement as a printable A4 PDF, labelled in {@code language}. */
    byte[] pdf(StatementDetail statement, Locale language);

    /** The statement as CSV (UTF-8 with a byte order mark, RFC 4180 quoting). */
    byte[] csv(StatementDetail statement, Locale language);
}
