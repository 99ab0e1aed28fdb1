package org.portico.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portico.cases.internal.BusinessCalendar.Window;

class BusinessCalendarTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static BusinessCalendar weekdays(ZoneId zone, int opens, int closes, LocalDate... holidays) {
        Map<DayOfWeek, List<Window>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(Window.ofMinutes(opens, closes)));
        }
        return new BusinessCalendar(zone, hours, Set.of(holidays));
    }

    static BusinessCalendar everyDay(ZoneId zone, int opens, int closes) {
        Map<DayOfWeek, List<Window>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(Window.ofMinutes(opens, closes)));
        }
        return new BusinessCalendar(zone, hours, Set.of());
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    @Test
    void countsOnlyTheOpeningHoursOfADay() {
        BusinessCalendar office = weekdays(NEW_YORK, 9 * 60, 17 * 60);

        assertThat(office.between(at(NEW_YORK, "2026-12-01T08:00"),
                at(NEW_YORK, "2026-12-01T18:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(office.between(at(NEW_YORK, "2026-12-01T10:30"),
                at(NEW_YORK, "2026-12-01T11:00"))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void carriesWorkOverNightAndOverTheWeekend() {
        BusinessCalendar office = weekdays(NEW_YORK, 9 * 60, 17 * 60);

        Instant fridayAfternoon = at(NEW_YORK, "2026-12-04T16:00");

        assertThat(office.plus(fridayAfternoon, Duration.ofHours(2)))
                .isEqualTo(at(NEW_YORK, "2026-12-07T10:00"));
        assertThat(office.between(fridayAfternoon, at(NEW_YORK, "2026-12-07T10:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void skipsHolidays() {
        BusinessCalendar office = weekdays(NEW_YORK, 9 * 60, 17 * 60, LocalDate.of(2026, 12, 25));

        assertThat(office.plus(at(NEW_YORK, "2026-12-24T16:00"), Duration.ofHours(2)))
                .isEqualTo(at(NEW_YORK, "2026-12-28T10:00"));
        assertThat(office.between(at(NEW_YORK, "2026-12-25T00:00"),
                at(NEW_YORK, "2026-12-26T00:00"))).isZero();
    }

    @Test
    void startsCountingAtOpeningWhenAskedBeforeIt() {
        BusinessCalendar office = weekdays(NEW_YORK, 9 * 60, 17 * 60);

        assertThat(office.plus(at(NEW_YORK, "2026-12-01T06:00"), Duration.ofMinutes(1)))
                .isEqualTo(at(NEW_YORK, "2026-12-01T09:01"));
    }

    @Test
    void crossesMidnightInANightShift() {
        Map<DayOfWeek, List<Window>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(Window.ofMinutes(0, 2 * 60), Window.ofMinutes(22 * 60,
                    BusinessCalendar.LAST_MINUTE)));
        }
        BusinessCalendar nights = new BusinessCalendar(BERLIN, hours, Set.of());

        Instant lateEvening = at(BERLIN, "2026-12-01T23:30");

        assertThat(nights.plus(lateEvening, Duration.ofHours(1)))
                .isEqualTo(at(BERLIN, "2026-12-02T00:30"));
        assertThat(nights.between(at(BERLIN, "2026-12-01T21:00"), at(BERLIN, "2026-12-02T03:00")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void losesNoMinuteAtMidnightWhenOpenFromMidnightTo2359() {
        BusinessCalendar allDay = everyDay(BERLIN, 0, BusinessCalendar.LAST_MINUTE);

        Instant before = at(BERLIN, "2026-12-01T23:58");
        Instant after = at(BERLIN, "2026-12-02T00:02");

        assertThat(allDay.between(before, after)).isEqualTo(Duration.ofMinutes(4));
        assertThat(allDay.plus(before, Duration.ofMinutes(4))).isEqualTo(after);
        assertThat(allDay.between(at(BERLIN, "2026-12-01T00:00"),
                at(BERLIN, "2026-12-08T00:00"))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void behavesAsRealTimeWhenRoundTheClock() {
        BusinessCalendar always = BusinessCalendar.roundTheClock();
        Instant from = Instant.parse("2026-03-28T23:59:30Z");

        assertThat(always.plus(from, Duration.ofHours(49))).isEqualTo(from.plus(
                Duration.ofHours(49)));
        assertThat(always.between(from, from.plusSeconds(61))).isEqualTo(Duration.ofSeconds(61));
    }

    @Test
    void countsRealHoursOnTheNightClocksGoForward() {
        BusinessCalendar allDay = everyDay(BERLIN, 0, BusinessCalendar.LAST_MINUTE);

        Duration sunday = allDay.between(at(BERLIN, "2026-03-29T00:00"),
                at(BERLIN, "2026-03-30T00:00"));

        assertThat(sunday).isEqualTo(Duration.ofHours(23));
        assertThat(allDay.plus(at(BERLIN, "2026-03-29T01:30"), Duration.ofHours(1)))
                .isEqualTo(at(BERLIN, "2026-03-29T03:30"));
    }

    @Test
    void countsRealHoursOnTheNightClocksGoBack() {
        BusinessCalendar allDay = everyDay(NEW_YORK, 0, BusinessCalendar.LAST_MINUTE);

        assertThat(allDay.between(at(NEW_YORK, "2026-11-01T00:00"),
                at(NEW_YORK, "2026-11-02T00:00"))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void keepsAnEightHourOfficeDayAcrossAClockChange() {
        BusinessCalendar office = weekdays(BERLIN, 9 * 60, 17 * 60);

        assertThat(office.between(at(BERLIN, "2026-03-27T09:00"),
                at(BERLIN, "2026-03-30T17:00"))).isEqualTo(Duration.ofHours(16));
        assertThat(office.plus(at(BERLIN, "2026-03-27T16:00"), Duration.ofHours(2)))
                .isEqualTo(at(BERLIN, "2026-03-30T10:00"));
    }

    @Test
    void opensAtTheFirstRealMinuteWhenOpeningFallsInTheGap() {
        Map<DayOfWeek, List<Window>> hours = new EnumMap<>(DayOfWeek.class);
        hours.put(DayOfWeek.SUNDAY, List.of(Window.ofMinutes(2 * 60 + 30, 4 * 60)));
        BusinessCalendar odd = new BusinessCalendar(BERLIN, hours, Set.of());

        assertThat(odd.between(at(BERLIN, "2026-03-29T00:00"), at(BERLIN, "2026-03-29T12:00")))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void answersZeroForAnEmptyOrBackwardSpan() {
        BusinessCalendar office = weekdays(NEW_YORK, 9 * 60, 17 * 60);
        Instant noon = at(NEW_YORK, "2026-12-01T12:00");

        assertThat(office.between(noon, noon)).isZero();
        assertThat(office.between(noon, noon.minusSeconds(60))).isZero();
        assertThat(office.plus(noon, Duration.ZERO)).isEqualTo(noon);
    }

    @Test
    void refusesToSearchForeverInACalendarWithoutHours() {
        BusinessCalendar closed = new BusinessCalendar(BERLIN, Map.of(), Set.of());

        assertThatThrownBy(() -> closed.plus(Instant.parse("2026-01-01T00:00:00Z"),
                Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void plusAndBetweenAgreeOverAWholeYearOfOfficeHours() {
        BusinessCalendar office = weekdays(NEW_YORK, 9 * 60, 17 * 60, LocalDate.of(2026, 7, 3));
        Instant from = at(NEW_YORK, "2026-01-02T11:17");

        for (long minutes = 7; minutes < 200_000; minutes += 4_999) {
            Instant due = office.plus(from, Duration.ofMinutes(minutes));
            assertThat(office.between(from, due)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }
}
