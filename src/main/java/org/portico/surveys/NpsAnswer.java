package org.portico.surveys;

import java.time.Instant;

/**
 * A contact's answer to the NPS question, as staff see it.
 *
 * @param comment the contact's words, or {@code null}
 */
public record NpsAnswer(long customerUserId, int score, String comment, Instant answeredAt) {
}
