package org.portico.surveys;

import java.time.Instant;

/**
 * A contact answered the NPS question: 9 or 10 is a promoter, 7 or 8 a passive, 0 to 6 a
 * detractor.
 */
public record NpsAnswered(long surveyId, String site, long customerUserId, long accountId,
        int score, boolean withComment, Instant at) {
}
