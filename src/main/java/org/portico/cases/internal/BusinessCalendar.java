package org.portico.cases.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opening hours in a time zone, with holidays, and the arithmetic of business time over them.
 * Business time is real elapsed time inside the opening windows, so a window from 09:00 to
 * 17:00 counts eight hours on a day when the clocks change too. A window that closes at 23:59
 * (or later) runs to the next midnight: a calendar open 00:00–23:59 every day is round the
 * clock and loses no minute at midnight.
 */
final class BusinessCalendar {

    /** The last minute of a day; a window closing then closes at the next midnight. */
    static final int LAST_MINUTE = 23 * 60 + 59;

    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Window>> hours;
    private final Set<LocalDate> holidays;

    BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Window>> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.hours = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, windows) -> this.hours.put(day, List.copyOf(windows)));
        this.holidays = Set.copyOf(holidays);
    }

    /** Open every minute of every day in UTC. */
    static BusinessCalendar roundTheClock() {
        Map<DayOfWeek, List<Window>> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day, List.of(Window.ofMinutes(0, LAST_MINUTE)));
        }
        return new BusinessCalendar(ZoneId.of("UTC"), all, Set.of());
    }

    ZoneId zone() {
        return zone;
    }

    /** The business time between two instants (zero when {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1); !day.isAfter(last);
                day = day.plusDays(1)) {
            for (Interval open : intervalsOn(day)) {
                total = total.plus(open.overlap(from, to));
            }
        }
        return total;
    }

    /**
     * The instant when {@code amount} of business time will have passed after {@code from}.
     *
     * @throws IllegalStateException when the calendar has no opening hours for three years
     */
    Instant plus(Instant from, Duration amount) {
        Duration left = amount;
        LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Interval open : intervalsOn(day)) {
                if (!open.end().isAfter(from)) {
                    continue;
                }
                Instant start = open.start().isAfter(from) ? open.start() : from;
                Duration available = Duration.between(start, open.end());
                if (left.compareTo(available) <= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("The calendar has no opening hours");
    }

    /** Whether the instant falls inside an opening window (a window may start the day before). */
    boolean isOpenAt(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        for (LocalDate d = day.minusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            for (Interval open : intervalsOn(d)) {
                if (!at.isBefore(open.start()) && at.isBefore(open.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The opening intervals of a local day, in order; none on a holiday. */
    List<Interval> intervalsOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Interval> intervals = new ArrayList<>();
        for (Window window : hours.getOrDefault(day.getDayOfWeek(), List.of())) {
            Instant start = window.opens().equals(LocalTime.MIDNIGHT)
                    ? day.atStartOfDay(zone).toInstant()
                    : day.atTime(window.opens()).atZone(zone).toInstant();
            Instant end = window.closes() == null
                    ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : day.atTime(window.closes()).atZone(zone).toInstant();
            if (end.isAfter(start)) {
                intervals.add(new Interval(start, end));
            }
        }
        intervals.sort((a, b) -> a.start().compareTo(b.start()));
        return intervals;
    }

    /**
     * Opening hours within one day.
     *
     * @param closes the closing time, or {@code null} for the next midnight
     */
    record Window(LocalTime opens, LocalTime closes) {

        /** A window from minutes after midnight; closing at 23:59 or later means midnight. */
        static Window ofMinutes(int opens, int closes) {
            return new Window(LocalTime.ofSecondOfDay(opens * 60L),
                    closes >= LAST_MINUTE ? null : LocalTime.ofSecondOfDay(closes * 60L));
        }
    }

    /** An opening interval on the time line. */
    record Interval(Instant start, Instant end) {

        Duration overlap(Instant from, Instant to) {
            Instant a = start.isAfter(from) ? start : from;
            Instant b = end.isBefore(to) ? end : to;
            return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
        }
    }
}
