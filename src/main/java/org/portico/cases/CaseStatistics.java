package org.portico.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Case volumes for dashboards.
 */
public interface CaseStatistics {

    /**
     * Cases opened from {@code from} (inclusive) to {@code to} (exclusive), counted per topic
     * and per week (weeks start on Monday, UTC); weeks and topics without cases are left out.
     */
    List<WeeklyTopicCount> weeklyByTopic(LocalDate from, LocalDate to);

    CaseCounts counts();
}
