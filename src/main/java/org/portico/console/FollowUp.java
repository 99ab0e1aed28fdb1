package org.portico.console;

import java.time.Instant;

/**
 * A sales follow-up as lists show it.
 *
 * @param ownerId the salesperson working it, or {@code null} while nobody has taken it
 * @param outcome what sales noted when changing its status, or {@code null}
 */
public record FollowUp(long id, long accountId, String accountName, Long customerId,
        String customerName, String caseNumber, String productCode, String interest,
        FollowUpStatus status, Long ownerId, String ownerName, String outcome,
        String createdByName, Instant createdAt, Instant updatedAt) {
}
