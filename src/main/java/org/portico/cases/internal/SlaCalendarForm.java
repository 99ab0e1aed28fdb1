package org.portico.cases.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.portico.cases.internal.SlaSettings.Calendar;
import org.portico.cases.internal.SlaSettings.Holiday;
import org.portico.cases.internal.SlaSettings.Hours;
import org.springframework.validation.Errors;

/**
 * The business-hours calendar form: a name, a time zone, the opening hours of each weekday
 * (as typed, {@code HH:mm}) and the holidays, one per line as {@code 2026-12-25 Christmas}.
 * Closing at 23:59 keeps the day open to midnight.
 */
class SlaCalendarForm {

    private static final int MAX_NAME = 80;
    private static final int MAX_HOLIDAYS = 5000;

    private String name = "";
    private String timeZone = "UTC";
    private List<Day> days = new ArrayList<>();
    private String holidays = "";

    /** One weekday row of the form. */
    public static class Day {

        private boolean open;
        private String opens = "09:00";
        private String closes = "17:00";

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    SlaCalendarForm() {
        for (DayOfWeek day : DayOfWeek.values()) {
            Day row = new Day();
            row.open = day.getValue() <= 5;
            days.add(row);
        }
    }

    static SlaCalendarForm of(Calendar calendar) {
        SlaCalendarForm form = new SlaCalendarForm();
        form.name = calendar.name();
        form.timeZone = calendar.timeZone();
        for (DayOfWeek day : DayOfWeek.values()) {
            Day row = form.days.get(day.getValue() - 1);
            Hours hours = calendar.week().get(day);
            row.open = hours != null;
            if (hours != null) {
                row.opens = hours.from();
                row.closes = hours.to();
            }
        }
        StringBuilder lines = new StringBuilder();
        calendar.holidays().forEach(h -> lines.append(h.day()).append(' ').append(h.name())
                .append('\n'));
        form.holidays = lines.toString();
        return form;
    }

    /** Rejects what cannot be saved, each error beside its field. */
    void validate(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "NotBlank");
        } else if (name.strip().length() > MAX_NAME) {
            errors.rejectValue("name", "sla.calendar.name.long", new Object[] {MAX_NAME}, null);
        }
        if (zone() == null) {
            errors.rejectValue("timeZone", "sla.calendar.zone.invalid");
        }
        if (days == null || days.size() != DayOfWeek.values().length) {
            errors.reject("sla.calendar.days.invalid");
            return;
        }
        for (int i = 0; i < days.size(); i++) {
            validate(days.get(i), "days[" + i + "]", errors);
        }
        if (holidays != null && holidays.length() > MAX_HOLIDAYS) {
            errors.rejectValue("holidays", "sla.calendar.holidays.long");
        } else if (firstBadHolidayLine() > 0) {
            errors.rejectValue("holidays", "sla.calendar.holidays.invalid",
                    new Object[] {firstBadHolidayLine()}, null);
        }
    }

    private static void validate(Day day, String path, Errors errors) {
        if (!day.open) {
            return;
        }
        LocalTime opens = time(day.opens);
        LocalTime closes = time(day.closes);
        if (opens == null) {
            errors.rejectValue(path + ".opens", "sla.calendar.time.invalid");
        }
        if (closes == null) {
            errors.rejectValue(path + ".closes", "sla.calendar.time.invalid");
        } else if (opens != null && !closes.isAfter(opens)) {
            errors.rejectValue(path + ".closes", "sla.calendar.closes.early");
        }
    }

    Calendar toCalendar(Long id) {
        Map<DayOfWeek, Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            Day row = days.get(day.getValue() - 1);
            if (row.open) {
                week.put(day, new Hours(minutes(time(row.opens)), minutes(time(row.closes))));
            }
        }
        return new Calendar(id, name.strip(), zone().getId(), week, holidayList());
    }

    private ZoneId zone() {
        try {
            return timeZone == null || timeZone.isBlank() ? null : ZoneId.of(timeZone.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private int firstBadHolidayLine() {
        String[] lines = holidayLines();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && holiday(lines[i]) == null) {
                return i + 1;
            }
        }
        return 0;
    }

    private List<Holiday> holidayList() {
        List<Holiday> list = new ArrayList<>();
        for (String line : holidayLines()) {
            Holiday holiday = line.isBlank() ? null : holiday(line);
            if (holiday != null && list.stream().noneMatch(h -> h.day().equals(holiday.day()))) {
                list.add(holiday);
            }
        }
        return list;
    }

    private String[] holidayLines() {
        return holidays == null ? new String[0] : holidays.split("\\R");
    }

    private static Holiday holiday(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        try {
            String name = parts.length > 1 ? parts[1].strip() : "";
            return name.length() > MAX_NAME ? null
                    : new Holiday(LocalDate.parse(parts[0]), name.isEmpty() ? parts[0] : name);
        } catch (DateTimeParseException bad) {
            return null;
        }
    }

    private static LocalTime time(String typed) {
        try {
            return typed == null ? null : LocalTime.parse(typed.strip());
        } catch (DateTimeParseException bad) {
            return null;
        }
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<Day> getDays() {
        return days;
    }

    public void setDays(List<Day> days) {
        this.days = days;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }
}
