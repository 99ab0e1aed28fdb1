package org.portico.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.portico.cases.BusinessCalendars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The SLA calendars by name. They are read again at most once a minute, so a holiday added to
 * the table counts on every node within that minute without a query per question; a name not
 * found is looked for again at once (a calendar just added).
 */
@Service
class NamedCalendars implements BusinessCalendars {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final SlaService slas;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(Map<String, BusinessCalendar> byName, Instant at) {
    }

    NamedCalendars(SlaService slas, JdbcClient jdbc, Clock clock) {
        this.slas = slas;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> names() {
        return current().byName().keySet();
    }

    @Override
    public boolean isOpen(String calendar, Instant at) {
        BusinessCalendar found = current().byName().get(calendar);
        if (found == null) {
            loaded = new Loaded(load(), clock.instant());
            found = loaded.byName().get(calendar);
        }
        if (found == null) {
            throw new IllegalArgumentException("No business calendar named " + calendar);
        }
        return found.isOpenAt(at);
    }

    private Loaded current() {
        Loaded now = loaded;
        Instant at = clock.instant();
        if (now == null || at.isAfter(now.at().plus(FRESH_FOR)) || at.isBefore(now.at())) {
            now = new Loaded(load(), at);
            loaded = now;
        }
        return now;
    }

    private Map<String, BusinessCalendar> load() {
        Map<Long, BusinessCalendar> byId = slas.calendars();
        Map<String, BusinessCalendar> byName = new HashMap<>();
        jdbc.sql("SELECT id, name FROM business_calendar").query(rs -> {
            BusinessCalendar calendar = byId.get(rs.getLong(1));
            if (calendar != null) {
                byName.put(rs.getString(2), calendar);
            }
        });
        return Map.copyOf(byName);
    }
}
