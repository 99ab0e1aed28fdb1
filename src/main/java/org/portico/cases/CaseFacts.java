package org.portico.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Cases as reports see them: one case's figures, all of them in a stream (to rebuild a report
 * from scratch), and the cases behind a figure as a list shows them.
 */
public interface CaseFacts {

    Optional<CaseFact> fact(String number);

    /** The cases numbered from {@code first} to {@code last}, both included. */
    List<CaseFact> range(String first, String last);

    /** Every case, in number order, without holding them all in memory. */
    void forEach(Consumer<CaseFact> action);

    /** Every finished work session, in the order they ended. */
    void forEachWork(Consumer<CaseWorked> action);

    /**
     * At most {@code size} of the cases a search finds, oldest first by its basis time and then
     * by number, starting after {@code after} ({@code null} for the first). Pages by an index
     * on the basis time, without counting what the search finds.
     */
    List<ListedCase> page(CaseSearch search, Cursor after, int size);

    /** The cases with these numbers, in the same order; a number not found is left out. */
    List<ListedCase> listed(List<String> numbers);

    /** Where a page ended: the basis time and the number of its last case. */
    record Cursor(Instant at, String number) {
    }
}
