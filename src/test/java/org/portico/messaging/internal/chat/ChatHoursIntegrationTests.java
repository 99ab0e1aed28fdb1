package org.portico.messaging.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.portico.cases.BusinessCalendars;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chat hours can follow a service-level business calendar, holidays included.
 */
@PorticoIntegrationTest
class ChatHoursIntegrationTests {

    private static final Instant CHRISTMAS_NOON = Instant.parse("2026-12-25T12:00:00Z");
    private static final Instant DAY_BEFORE_NOON = Instant.parse("2026-12-24T12:00:00Z");
    private static final Instant DAY_BEFORE_NIGHT = Instant.parse("2026-12-24T20:00:00Z");

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    private String calendarOpenNineToFiveClosedAtChristmas() {
        String name = "Chat desk " + UUID.randomUUID();
        jdbc.sql("INSERT INTO business_calendar (name, time_zone) VALUES (?, 'UTC')")
                .param(name).update();
        long id = jdbc.sql("SELECT id FROM business_calendar WHERE name = ?").param(name)
                .query(Long.class).single();
        for (int day = 1; day <= 7; day++) {
            jdbc.sql("""
                    INSERT INTO business_hours (calendar_id, day_of_week, opens_minute,
                        closes_minute) VALUES (?, ?, 540, 1020)""").params(id, day).update();
        }
        jdbc.sql("INSERT INTO business_holiday (calendar_id, holiday, name) VALUES (?, ?, ?)")
                .params(id, LocalDate.of(2026, 12, 25), "Christmas").update();
        return name;
    }

    private static ChatHours hoursOn(String calendar, BusinessCalendars calendars) {
        ChatProperties.Hours always = new ChatProperties.Hours(Set.of(DayOfWeek.values()),
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("UTC"), calendar);
        ChatProperties properties = new ChatProperties(2000, 20, Duration.ofSeconds(10), 3,
                List.of("general"), Map.of(), null, always);
        return new ChatHours(properties, calendars, Clock.systemUTC());
    }

    @Test
    void chatHoursFollowTheNamedCalendarWithItsHolidays() {
        String name = calendarOpenNineToFiveClosedAtChristmas();
        ChatHours hours = hoursOn(name, calendars);

        assertThat(hours.isOpen(DAY_BEFORE_NOON)).isTrue();
        assertThat(hours.isOpen(DAY_BEFORE_NIGHT)).isFalse();
        assertThat(hours.isOpen(CHRISTMAS_NOON)).isFalse();
        assertThat(calendars.names()).contains(name);
    }

    @Test
    void withoutACalendarOrWithAnUnknownOneTheChatsOwnHoursCount() {
        assertThat(hoursOn("", calendars).isOpen(CHRISTMAS_NOON)).isTrue();
        assertThat(hoursOn("No such calendar", calendars).isOpen(CHRISTMAS_NOON)).isTrue();
    }
}
