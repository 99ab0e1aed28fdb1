package org.portico.community;

import java.time.Instant;

/**
 * A community question became a support case, at the asker's or an agent's request.
 */
public record QuestionEscalated(long questionId, String site, String caseNumber,
        long byUserId, Instant at) {
}
