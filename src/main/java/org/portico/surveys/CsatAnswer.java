package org.portico.surveys;

import java.time.Instant;

/**
 * One answer to the satisfaction question, as staff see it.
 *
 * @param comment the customer's words, or {@code null}
 */
public record CsatAnswer(String caseNumber, long customerUserId, int score, String comment,
        Instant answeredAt) {
}
