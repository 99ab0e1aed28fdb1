package org.portico.cases;

import java.time.Instant;

/**
 * A case was escalated, by an agent or by the service-level check ({@code byUserId} is
 * {@code null} then).
 */
public record CaseEscalated(String number, CaseStatus previousStatus, Long byUserId,
        String reason, Instant at) {
}
