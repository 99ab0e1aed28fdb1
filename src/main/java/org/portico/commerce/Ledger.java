package org.portico.commerce;

import java.util.List;

/**
 * The shared account ledger ({@code account_ledger_entry}): orders write invoices and credits
 * here, monthly statements read it.
 */
public interface Ledger {

    /**
     * Records an entry once: recording the same account, kind and reference again changes
     * nothing.
     *
     * @return whether the entry was new
     */
    boolean record(LedgerEntry entry);

    /** The account's entries, oldest first. */
    List<LedgerEntry> entriesOf(long accountId);
}
