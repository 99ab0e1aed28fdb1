package org.portico.messaging.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessHoursTests {

    private static final ChatProperties.Hours WEEKDAYS_IN_SHANGHAI = new ChatProperties.Hours(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(18, 0), ZoneId.of("Asia/Shanghai"), "");

    @Test
    void opensOnWeekdaysBetweenOpeningAndClosingInTheConfiguredZone() {
        assertThat(BusinessHours.isOpen(WEEKDAYS_IN_SHANGHAI,
                Instant.parse("2026-12-04T01:00:00Z"))).isTrue();
        assertThat(BusinessHours.isOpen(WEEKDAYS_IN_SHANGHAI,
                Instant.parse("2026-12-04T10:00:00Z"))).isFalse();
        assertThat(BusinessHours.isOpen(WEEKDAYS_IN_SHANGHAI,
                Instant.parse("2026-12-05T03:00:00Z"))).isFalse();
    }

    @Test
    void closingBeforeOpeningSpansMidnightAndEqualTimesMeanAllDay() {
        ChatProperties.Hours night = new ChatProperties.Hours(Set.of(DayOfWeek.values()),
                LocalTime.of(22, 0), LocalTime.of(6, 0), ZoneId.of("UTC"), "");
        ChatProperties.Hours always = new ChatProperties.Hours(Set.of(DayOfWeek.values()),
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("UTC"), "");

        assertThat(BusinessHours.isOpen(night, Instant.parse("2026-12-04T23:30:00Z"))).isTrue();
        assertThat(BusinessHours.isOpen(night, Instant.parse("2026-12-04T12:00:00Z"))).isFalse();
        assertThat(BusinessHours.isOpen(always, Instant.parse("2026-12-04T12:00:00Z"))).isTrue();
    }
}
