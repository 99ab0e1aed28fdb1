package org.portico.analytics.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Cuts time into the calendar days, weeks (from Monday) and months of one time zone, so that a
 * tile, a chart and a drill-down list count the same cases for the same day. A day is the span
 * from one local midnight to the next: 23 or 25 hours long on a daylight-saving change.
 */
record DayBuckets(ZoneId zone) {

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The first instant of the day. */
    Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day of [{@code from}, {@code to}]. */
    Instant endOf(LocalDate to) {
        return start(to.plusDays(1));
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate firstOf(YearMonth month) {
        return month.atDay(1);
    }
}
