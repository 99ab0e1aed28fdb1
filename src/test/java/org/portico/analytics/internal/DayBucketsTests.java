package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DayBucketsTests {

    private final DayBuckets london = new DayBuckets(ZoneId.of("Europe/London"));

    @Test
    void putsTheLastMinuteBeforeLocalMidnightOnTheShortDayOfTheSpringChange() {
        assertThat(london.day(Instant.parse("2025-03-29T23:30:00Z")))
                .isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(london.day(Instant.parse("2025-03-30T22:59:00Z")))
                .isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(london.day(Instant.parse("2025-03-30T23:00:00Z")))
                .isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void makesTheDaysOfTheClockChanges23And25HoursLong() {
        LocalDate spring = LocalDate.of(2025, 3, 30);
        LocalDate autumn = LocalDate.of(2025, 10, 26);

        assertThat(Duration.between(london.start(spring), london.endOf(spring)))
                .isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(london.start(autumn), london.endOf(autumn)))
                .isEqualTo(Duration.ofHours(25));
        assertThat(london.day(Instant.parse("2025-10-26T23:30:00Z")))
                .isEqualTo(LocalDate.of(2025, 10, 26));
    }

    @Test
    void cutsMonthsAtLocalMidnight() {
        assertThat(london.day(Instant.parse("2025-03-31T23:30:00Z")))
                .isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(london.day(Instant.parse("2025-10-31T23:30:00Z")))
                .isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(london.start(LocalDate.of(2025, 4, 1)))
                .isEqualTo(Instant.parse("2025-03-31T23:00:00Z"));
    }

    @Test
    void startsWeeksOnMonday() {
        assertThat(DayBuckets.monday(LocalDate.of(2025, 3, 30)))
                .isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(DayBuckets.monday(LocalDate.of(2025, 3, 31)))
                .isEqualTo(LocalDate.of(2025, 3, 31));
    }
}
