package org.portico.community;

import java.time.Instant;

/**
 * Similar questions and articles were shown while someone typed a question's title (a
 * deflection signal).
 *
 * @param userId the signed-in member, or {@code null}
 */
public record AskFormSuggestionsShown(String site, Long userId, int questions, int articles,
        Instant at) {
}
