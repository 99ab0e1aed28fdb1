package org.portico.cases;

import java.time.Instant;

/**
 * Which cases a report lists: those whose {@code basis} time falls in [{@code from},
 * {@code to}), narrowed by the filters that are not {@code null}.
 */
public record CaseSearch(Basis basis, Instant from, Instant to, String site, String origin,
        String topic, String priority) {

    /** The time a case is counted by. */
    public enum Basis {
        /** When it was opened. */
        OPENED,
        /** When an agent first answered publicly. */
        RESPONDED,
        /** When it was last solved. */
        SOLVED
    }
}
