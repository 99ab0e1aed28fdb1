package org.portico.surveys;

import java.time.Instant;

/**
 * A customer answered the satisfaction question of a solved case (score 1 to 5).
 */
public record CsatAnswered(String caseNumber, long customerUserId, long accountId, int score,
        boolean withComment, Instant at) {
}
