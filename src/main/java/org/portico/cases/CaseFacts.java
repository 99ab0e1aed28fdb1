package org.portico.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Cases as reports see them: one case's figures, all of them in a stream (to rebuild a report
 * from scratch), and a page of the cases behind a figure.
 */
public interface CaseFacts {

    Optional<CaseFact> fact(String number);

    /** The cases numbered from {@code first} to {@code last}, both included. */
    List<CaseFact> range(String first, String last);

    /** Every case, in number order, without holding them all in memory. */
    void forEach(Consumer<CaseFact> action);

    /** Every finished work session, in the order they ended. */
    void forEachWork(Consumer<CaseWorked> action);

    /** One page (from 0) of the cases a search finds, oldest first by its basis time. */
    Page search(CaseSearch search, int page, int size);

    /** A page of cases and how many the search found in all. */
    record Page(List<CaseFact> cases, long total) {
    }
}
