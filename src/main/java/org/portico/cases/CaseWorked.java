package org.portico.cases;

import java.time.Instant;

/**
 * An agent finished a work session on a case; {@code seconds} is the handle time it adds,
 * capped at {@link CaseWork#CAP}.
 */
public record CaseWorked(String number, long agentUserId, Instant startedAt, Instant endedAt,
        long seconds) {
}
