package org.portico.cases;

import java.time.LocalDate;

/**
 * How many cases about one topic were opened in the week starting on {@code weekStart}
 * (a Monday, UTC).
 */
public record WeeklyTopicCount(LocalDate weekStart, String topic, long count) {
}
