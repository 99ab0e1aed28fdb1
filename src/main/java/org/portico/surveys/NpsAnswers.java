package org.portico.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The NPS answers of contacts, and the past ones a demo or an import records.
 */
public interface NpsAnswers {

    /** The contact's latest answer. */
    Optional<NpsAnswer> latestOf(long customerUserId);

    /**
     * Records surveys of the past as sent (and answered when a score is given) without mail,
     * and publishes {@link PastNpsSurveysImported}.
     */
    void importPast(List<PastNpsSurvey> surveys);

    /**
     * A survey of the past.
     *
     * @param score 0 to 10, or {@code null} when it was never answered
     */
    record PastNpsSurvey(String site, long customerUserId, long accountId, Instant sentAt,
            Integer score, Instant answeredAt) {
    }
}
