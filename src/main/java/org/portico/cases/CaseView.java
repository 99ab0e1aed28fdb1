package org.portico.cases;

import java.time.Instant;

/**
 * A support case without its conversation.
 *
 * @param number the eight-digit number people quote, for example {@code 00010042}
 * @param description what the customer wrote when opening the case
 * @param firstResponseAt when an agent first answered publicly, or {@code null}
 * @param solvedAt when it was last solved, or {@code null}
 * @param orderNumber the order the case is about, or {@code null}
 */
public record CaseView(String number, String site, String subject, String description,
        CaseStatus status, String priority, String topic, String origin, long requesterUserId,
        long accountId, Instant createdAt, Instant updatedAt, Instant firstResponseAt,
        Instant solvedAt, String orderNumber) {
}
