package org.portico.cases;

import java.util.List;

/**
 * Loading past cases in bulk.
 */
public interface CaseHistory {

    /** Stores the cases with their numbers in order; returns how many were stored. */
    int importCases(List<HistoricalCase> cases);
}
