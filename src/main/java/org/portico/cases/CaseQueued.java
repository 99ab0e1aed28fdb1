package org.portico.cases;

import java.time.Instant;

/**
 * A case was put in a queue ({@code queueId} is {@code null} when taken out of every queue).
 *
 * @param byUserId who moved it, or {@code null} for the assignment rules
 */
public record CaseQueued(String number, Long queueId, Long byUserId, Instant at) {
}
