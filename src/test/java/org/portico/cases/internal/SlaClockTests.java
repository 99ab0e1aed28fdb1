package org.portico.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portico.cases.CaseStatus;
import org.portico.cases.SlaState;
import org.portico.cases.internal.SlaClock.Policy;
import org.portico.cases.internal.SlaClock.StatusChange;

class SlaClockTests {

    static final Policy POLICY = new Policy(Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(8), 25);
    static final BusinessCalendar ALWAYS = BusinessCalendar.roundTheClock();
    static final Instant OPENED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void warnsWhenAQuarterOfTheFirstResponseTimeIsLeft() {
        List<SlaState> states = SlaClock.states(POLICY, ALWAYS,
                List.of(new StatusChange(OPENED, CaseStatus.NEW)), null, null,
                OPENED.plus(Duration.ofMinutes(50)));

        assertThat(states).extracting(SlaState::target)
                .containsExactly(SlaClock.FIRST_RESPONSE, SlaClock.RESOLUTION);
        assertThat(states.get(0).level()).isEqualTo(SlaState.Level.WARNING);
        assertThat(states.get(0).due()).isEqualTo(OPENED.plus(Duration.ofHours(1)));
        assertThat(states.get(1).level()).isEqualTo(SlaState.Level.OK);
    }

    @Test
    void breachesOnceTheTargetHasPassed() {
        List<SlaState> states = SlaClock.states(POLICY, ALWAYS,
                List.of(new StatusChange(OPENED, CaseStatus.NEW)), null, null,
                OPENED.plus(Duration.ofMinutes(61)));

        assertThat(SlaClock.worst(states).target()).isEqualTo(SlaClock.FIRST_RESPONSE);
        assertThat(SlaClock.worst(states).level()).isEqualTo(SlaState.Level.BREACHED);
        assertThat(states.get(0).minutesLeft()).isEqualTo(-1);
    }

    @Test
    void pausesWhileWaitingOnTheCustomer() {
        List<StatusChange> changes = List.of(new StatusChange(OPENED, CaseStatus.NEW),
                new StatusChange(OPENED.plus(Duration.ofHours(1)), CaseStatus.WAITING),
                new StatusChange(OPENED.plus(Duration.ofHours(30)), CaseStatus.OPEN));
        Instant now = OPENED.plus(Duration.ofHours(31));

        assertThat(SlaClock.activeTime(ALWAYS, changes, now)).isEqualTo(Duration.ofHours(2));
        SlaState resolution = SlaClock.states(POLICY, ALWAYS, changes,
                OPENED.plusSeconds(600), null, now).get(0);
        assertThat(resolution.target()).isEqualTo(SlaClock.RESOLUTION);
        assertThat(resolution.left()).isEqualTo(Duration.ofHours(6));
        assertThat(resolution.due()).isEqualTo(now.plus(Duration.ofHours(6)));
    }

    @Test
    void hasNoDueTimeWhilePaused() {
        List<StatusChange> changes = List.of(new StatusChange(OPENED, CaseStatus.NEW),
                new StatusChange(OPENED.plusSeconds(60), CaseStatus.WAITING));

        List<SlaState> states = SlaClock.states(POLICY, ALWAYS, changes, OPENED.plusSeconds(30),
                null, OPENED.plus(Duration.ofDays(3)));

        assertThat(states).singleElement().satisfies(s -> {
            assertThat(s.due()).isNull();
            assertThat(s.level()).isEqualTo(SlaState.Level.OK);
        });
    }

    @Test
    void countsNextResponseFromTheCustomersUnansweredMessage() {
        List<StatusChange> changes = List.of(new StatusChange(OPENED, CaseStatus.OPEN));
        Instant asked = OPENED.plus(Duration.ofHours(3));

        List<SlaState> states = SlaClock.states(POLICY, ALWAYS, changes,
                OPENED.plusSeconds(300), asked, asked.plus(Duration.ofMinutes(100)));

        assertThat(states.get(0).target()).isEqualTo(SlaClock.NEXT_RESPONSE);
        assertThat(states.get(0).level()).isEqualTo(SlaState.Level.WARNING);
        assertThat(states.get(0).minutesLeft()).isEqualTo(20);
    }

    @Test
    void measuresNothingOnceSolved() {
        List<StatusChange> changes = List.of(new StatusChange(OPENED, CaseStatus.NEW),
                new StatusChange(OPENED.plusSeconds(60), CaseStatus.SOLVED));

        assertThat(SlaClock.states(POLICY, ALWAYS, changes, null, null,
                OPENED.plus(Duration.ofDays(9)))).isEmpty();
    }

    @Test
    void countsOnlyOfficeHoursTowardsTheTarget() {
        BusinessCalendar office = BusinessCalendarTests.weekdays(
                BusinessCalendarTests.NEW_YORK, 9 * 60, 17 * 60);
        Instant fridayEvening = BusinessCalendarTests.at(BusinessCalendarTests.NEW_YORK,
                "2026-12-04T16:30");

        List<SlaState> states = SlaClock.states(POLICY, office,
                List.of(new StatusChange(fridayEvening, CaseStatus.NEW)), null, null,
                BusinessCalendarTests.at(BusinessCalendarTests.NEW_YORK, "2026-12-06T12:00"));

        assertThat(states.get(0).minutesLeft()).isEqualTo(30);
        assertThat(states.get(0).due()).isEqualTo(BusinessCalendarTests.at(
                BusinessCalendarTests.NEW_YORK, "2026-12-07T09:30"));
    }
}
