package org.portico.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.portico.cases.AgentDay;
import org.portico.cases.CaseStatus;
import org.portico.cases.DeskFigures;
import org.portico.cases.WaitingCase;
import org.portico.identity.Directory;
import org.portico.identity.StaffMember;
import org.springframework.stereotype.Component;

/**
 * What a supervisor sees: agents with presence, load and today's work, and the queue. "Today"
 * is the current UTC day.
 */
@Component
class SupervisorBoard {

    private final Directory directory;
    private final DeskFigures figures;
    private final Presence presence;
    private final Clock clock;

    SupervisorBoard(Directory directory, DeskFigures figures, Presence presence, Clock clock) {
        this.directory = directory;
        this.figures = figures;
        this.presence = presence;
        this.clock = clock;
    }

    Board now() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant since = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, AgentDay> days = figures.agents(since);
        Map<Long, Instant> seen = presence.lastSeen();
        List<AgentRow> agents = directory.caseWorkers().stream()
                .map(s -> row(s, days.getOrDefault(s.id(), AgentDay.idle(s.id())),
                        seen.get(s.id())))
                .toList();
        WaitingItem oldest = figures.oldestWaiting().map(this::waiting).orElse(null);
        return new Board(today, "UTC", agents, figures.countsByStatus(), oldest);
    }

    private AgentRow row(StaffMember staff, AgentDay day, Instant lastSeen) {
        return new AgentRow(staff.id(), staff.displayName(), staff.role().name(),
                presence.isOnline(lastSeen), lastSeen, day.openCases(), day.handled(),
                day.handleSeconds());
    }

    private WaitingItem waiting(WaitingCase waiting) {
        long minutes = Duration.between(waiting.waitingSince(), clock.instant()).toMinutes();
        return new WaitingItem(waiting.supportCase().number(), waiting.supportCase().subject(),
                waiting.supportCase().status(), waiting.waitingSince(), Math.max(0, minutes));
    }

    /** The supervisor's figures; {@code oldestWaiting} is {@code null} when nothing waits. */
    record Board(LocalDate day, String timeZone, List<AgentRow> agents,
            Map<CaseStatus, Long> queue, WaitingItem oldestWaiting) {
    }

    /** One agent; {@code lastSeenAt} is {@code null} for someone never seen in the console. */
    record AgentRow(long id, String name, String role, boolean online, Instant lastSeenAt,
            long openCases, long handledToday, long handleSecondsToday) {

        public long handleHours() {
            return handleSecondsToday / 3600;
        }

        public long handleMinutes() {
            return handleSecondsToday % 3600 / 60;
        }
    }

    /** The case waiting longest for an agent. */
    record WaitingItem(String number, String subject, CaseStatus status, Instant since,
            long ageMinutes) {
    }
}
