package org.portico.surveys;

import java.time.Instant;

/**
 * A contact was sent the NPS question ("how likely are you to recommend us?", 0 to 10).
 *
 * @param site the site whose page answers it
 */
public record NpsSurveySent(long surveyId, String site, long customerUserId, long accountId,
        Instant at) {
}
