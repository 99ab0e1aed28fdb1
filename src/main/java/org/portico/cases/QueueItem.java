package org.portico.cases;

import java.time.Instant;

/**
 * A case in an agents' queue with its owner. The owner is staff-only information, so it is
 * kept out of {@link CaseView}, which customers also receive.
 *
 * @param ownerUserId the agent who owns the case, or {@code null} when unassigned
 * @param assignedAt when it was assigned to that owner, or {@code null}
 */
public record QueueItem(CaseView supportCase, Long ownerUserId, Instant assignedAt) {
}
