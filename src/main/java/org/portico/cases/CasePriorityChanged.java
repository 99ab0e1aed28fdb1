package org.portico.cases;

import java.time.Instant;

/**
 * An agent changed a case's priority ({@code LOW}, {@code NORMAL}, {@code HIGH} or
 * {@code URGENT}).
 */
public record CasePriorityChanged(String number, String priority, String previousPriority,
        long byUserId, Instant at) {
}
