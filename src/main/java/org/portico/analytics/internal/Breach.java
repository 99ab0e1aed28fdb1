package org.portico.analytics.internal;

import org.portico.cases.CaseSearch;

/**
 * A service-level target whose broken cases the SLA compliance tiles list: each is read from
 * the rollups' case rows ({@code analytics_case}), judged as the tiles count it, and paged by
 * the time of the response or the solve, like the drill-down of that basis.
 */
enum Breach {

    RESPONSE_BREACHED(CaseSearch.Basis.RESPONDED, "first_response_met", "first_response_at",
            "response_targeted - response_met"),
    RESOLUTION_BREACHED(CaseSearch.Basis.SOLVED, "resolution_met", "solved_at",
            "resolution_targeted - resolution_met");

    private final CaseSearch.Basis basis;
    private final String metColumn;
    private final String atColumn;
    private final String counted;

    Breach(CaseSearch.Basis basis, String metColumn, String atColumn, String counted) {
        this.basis = basis;
        this.metColumn = metColumn;
        this.atColumn = atColumn;
        this.counted = counted;
    }

    /** The basis whose time the cases are counted and paged by. */
    CaseSearch.Basis basis() {
        return basis;
    }

    /** The {@code analytics_case} column that says whether the target was met. */
    String metColumn() {
        return metColumn;
    }

    /** The {@code analytics_case} column of the time the target was judged at. */
    String atColumn() {
        return atColumn;
    }

    /** The broken targets from the day and month rollups' counters. */
    String counted() {
        return counted;
    }

    /** The breach a drill-down names, or {@code null} for a drill-down of another kind. */
    static Breach named(String name) {
        for (Breach breach : values()) {
            if (breach.name().equalsIgnoreCase(name)) {
                return breach;
            }
        }
        return null;
    }
}
