package org.portico.cases.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business-hours calendars and SLA policies as administrators edit them. Every change
 * moves {@code sla_settings_version} on in its transaction; the SLA engine
 * ({@link SlaService}) reads that row on every check and the settings again when it has moved,
 * so a change counts from the next check on every node.
 */
@Repository
class SlaSettings {

    /** Minutes from midnight at which a day closing at 23:59 is taken to run to midnight. */
    static final int END_OF_DAY = 1439;

    private final JdbcClient jdbc;

    SlaSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A calendar: one opening window per day at most, and its holidays. */
    record Calendar(Long id, String name, String timeZone, Map<DayOfWeek, Hours> week,
            List<Holiday> holidays) {
    }

    /** Opening and closing minute of a day; closing at 1439 (23:59) runs to midnight. */
    record Hours(int opens, int closes) {

        public String from() {
            return clock(opens);
        }

        public String to() {
            return clock(closes);
        }

        static String clock(int minutes) {
            return String.format("%02d:%02d", minutes / 60, minutes % 60);
        }
    }

    record Holiday(LocalDate day, String name) {
    }

    /** A policy: targets in business minutes on a calendar, for one priority and tier. */
    record Policy(String priority, String tier, long calendarId, int firstResponse,
            int nextResponse, int resolution, int warnPercent) {
    }

    List<Calendar> calendars() {
        return jdbc.sql("SELECT id FROM business_calendar ORDER BY name").query(Long.class)
                .list().stream().map(id -> calendar(id).orElseThrow()).toList();
    }

    Optional<Calendar> calendar(long id) {
        return jdbc.sql("SELECT name, time_zone FROM business_calendar WHERE id = ?").param(id)
                .query((rs, n) -> new Calendar(id, rs.getString(1), rs.getString(2),
                        week(id), holidays(id)))
                .optional();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM business_calendar
                WHERE LOWER(name) = LOWER(?) AND id <> ?""")
                .params(name, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** Adds or replaces a calendar with its hours and holidays; returns its id. */
    @Transactional
    long save(Calendar calendar) {
        long id;
        if (calendar.id() == null) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO business_calendar (name, time_zone) VALUES (?, ?)")
                    .params(calendar.name(), calendar.timeZone()).update(keys, "id");
            id = keys.getKey().longValue();
        } else {
            id = calendar.id();
            jdbc.sql("UPDATE business_calendar SET name = ?, time_zone = ? WHERE id = ?")
                    .params(calendar.name(), calendar.timeZone(), id).update();
            jdbc.sql("DELETE FROM business_hours WHERE calendar_id = ?").param(id).update();
            jdbc.sql("DELETE FROM business_holiday WHERE calendar_id = ?").param(id).update();
        }
        calendar.week().forEach((day, hours) -> jdbc.sql("""
                INSERT INTO business_hours (calendar_id, day_of_week, opens_minute, closes_minute)
                VALUES (?, ?, ?, ?)""")
                .params(id, day.getValue(), hours.opens(), hours.closes()).update());
        for (Holiday holiday : calendar.holidays()) {
            jdbc.sql("INSERT INTO business_holiday (calendar_id, holiday, name) VALUES (?, ?, ?)")
                    .params(id, holiday.day(), holiday.name()).update();
        }
        changed();
        return id;
    }

    List<Policy> policies() {
        return jdbc.sql("""
                SELECT priority, tier, calendar_id, first_response_minutes,
                       next_response_minutes, resolution_minutes, warn_percent
                FROM sla_policy""")
                .query((rs, n) -> new Policy(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    /** Sets the policy of a priority and tier, adding it when there is none yet. */
    @Transactional
    void save(Policy policy) {
        int updated = jdbc.sql("""
                UPDATE sla_policy SET calendar_id = ?, first_response_minutes = ?,
                    next_response_minutes = ?, resolution_minutes = ?, warn_percent = ?
                WHERE priority = ? AND tier = ?""")
                .params(policy.calendarId(), policy.firstResponse(), policy.nextResponse(),
                        policy.resolution(), policy.warnPercent(), policy.priority(),
                        policy.tier())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO sla_policy (priority, tier, calendar_id, first_response_minutes,
                        next_response_minutes, resolution_minutes, warn_percent)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(policy.priority(), policy.tier(), policy.calendarId(),
                            policy.firstResponse(), policy.nextResponse(), policy.resolution(),
                            policy.warnPercent())
                    .update();
        }
        changed();
    }

    /** Tells every node's SLA engine, at its next check, that the settings have changed. */
    private void changed() {
        jdbc.sql("UPDATE sla_settings_version SET version = version + 1").update();
    }

    // TODO(#4): the page edits one window per day; a day with several windows (a lunch break,
    // allowed by business_hours) shows and saves only its first.
    private Map<DayOfWeek, Hours> week(long id) {
        Map<DayOfWeek, Hours> week = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("""
                SELECT day_of_week, opens_minute, closes_minute FROM business_hours
                WHERE calendar_id = ? ORDER BY day_of_week, opens_minute""")
                .param(id)
                .query(rs -> {
                    week.putIfAbsent(DayOfWeek.of(rs.getInt(1)),
                            new Hours(rs.getInt(2), rs.getInt(3)));
                });
        return week;
    }

    private List<Holiday> holidays(long id) {
        return new ArrayList<>(jdbc.sql("""
                SELECT holiday, name FROM business_holiday WHERE calendar_id = ?
                ORDER BY holiday""")
                .param(id)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .list());
    }
}
