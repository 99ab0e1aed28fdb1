package org.portico.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.portico.cases.CaseStatus;
import org.portico.cases.SlaState;

/**
 * The service-level clocks of one case, worked out from its status changes. The clock runs in
 * business time while the case is with support and pauses while it waits on the customer (and
 * once it is solved or closed). First response and resolution count that paused clock; next
 * response counts from the customer's last unanswered message.
 */
final class SlaClock {

    static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    static final String NEXT_RESPONSE = "NEXT_RESPONSE";
    static final String RESOLUTION = "RESOLUTION";

    private static final Set<CaseStatus> PAUSED =
            Set.of(CaseStatus.WAITING, CaseStatus.SOLVED, CaseStatus.CLOSED);

    private SlaClock() {
    }

    /**
     * @param changes the case's statuses with the instant each began, oldest first (the first
     *     one is the opening)
     * @param firstResponseAt when support first answered publicly, or {@code null}
     * @param awaitingReplySince the customer's oldest message since support last answered
     *     publicly (after the first response), or {@code null}
     */
    static List<SlaState> states(Policy policy, BusinessCalendar calendar,
            List<StatusChange> changes, Instant firstResponseAt, Instant awaitingReplySince,
            Instant now) {
        List<SlaState> states = new ArrayList<>();
        CaseStatus current = changes.get(changes.size() - 1).status();
        if (current == CaseStatus.SOLVED || current == CaseStatus.CLOSED) {
            return states;
        }
        boolean running = !PAUSED.contains(current);
        Duration active = activeTime(calendar, changes, now);
        if (firstResponseAt == null) {
            states.add(state(FIRST_RESPONSE, policy.firstResponse(), active, running, policy,
                    calendar, now));
        } else if (awaitingReplySince != null) {
            states.add(state(NEXT_RESPONSE, policy.nextResponse(),
                    calendar.between(awaitingReplySince, now), running, policy, calendar, now));
        }
        states.add(state(RESOLUTION, policy.resolution(), active, running, policy, calendar,
                now));
        return states;
    }

    /** The most urgent of the states, if any. */
    static SlaState worst(List<SlaState> states) {
        return states.stream()
                .min(Comparator.comparing((SlaState s) -> -s.level().ordinal())
                        .thenComparing(SlaState::left))
                .orElse(null);
    }

    /**
     * Business time the case spent with support (not waiting, solved or closed) until
     * {@code until}; changes after it do not count.
     */
    static Duration activeTime(BusinessCalendar calendar, List<StatusChange> changes,
            Instant until) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < changes.size() && changes.get(i).at().isBefore(until); i++) {
            StatusChange change = changes.get(i);
            Instant next = i + 1 < changes.size() ? changes.get(i + 1).at() : until;
            if (!PAUSED.contains(change.status())) {
                total = total.plus(calendar.between(change.at(), next.isBefore(until) ? next
                        : until));
            }
        }
        return total;
    }

    private static SlaState state(String target, Duration limit, Duration used,
            boolean running, Policy policy, BusinessCalendar calendar, Instant now) {
        Duration left = limit.minus(used);
        SlaState.Level level = SlaState.Level.OK;
        if (left.isNegative() || left.isZero()) {
            level = SlaState.Level.BREACHED;
        } else if (left.multipliedBy(100).compareTo(limit.multipliedBy(policy.warnPercent()))
                <= 0) {
            level = SlaState.Level.WARNING;
        }
        Instant due = running ? (left.isNegative() ? now.plus(left) : calendar.plus(now, left))
                : null;
        return new SlaState(target, level, left, due);
    }

    /** A status a case took on at an instant. */
    record StatusChange(Instant at, CaseStatus status) {
    }

    /** The targets of a service-level policy, in business time. */
    record Policy(Duration firstResponse, Duration nextResponse, Duration resolution,
            int warnPercent) {
    }
}
