package org.portico.cases;

import java.time.Instant;

/**
 * A case got a new owner, or none ({@code ownerUserId} is {@code null} when unassigned).
 */
public record CaseAssigned(String number, Long ownerUserId, Long previousOwnerUserId,
        long byUserId, Instant at) {
}
