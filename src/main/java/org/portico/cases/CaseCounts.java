package org.portico.cases;

/**
 * Cases still open (NEW, OPEN, WAITING) and cases done (SOLVED, CLOSED).
 */
public record CaseCounts(long open, long solved) {
}
