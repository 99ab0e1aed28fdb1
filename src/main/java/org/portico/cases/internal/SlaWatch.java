package org.portico.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.portico.cases.CaseActions;
import org.portico.cases.CaseStatus;
import org.portico.cases.SlaState;
import org.portico.cases.SlaWarned;
import org.portico.cases.internal.SlaService.Measured;
import org.portico.platform.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the service levels of open cases every minute
 * ({@code portico.sla.check-every}), on one node at a time (a {@link JobLease}): a target at
 * risk is warned about once, a broken one recorded once, and with
 * {@code portico.sla.escalate-at-risk} an at-risk case is escalated.
 */
@Component
class SlaWatch {

    private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

    static final String LEASE = "sla-check";

    private final SlaService levels;
    private final JobLease lease;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CaseActions actions;
    private final Clock clock;
    private final boolean escalate;
    private final Duration every;

    SlaWatch(SlaService levels, JobLease lease, JdbcClient jdbc,
            ApplicationEventPublisher events, CaseActions actions, Clock clock,
            @Value("${portico.sla.escalate-at-risk:true}") boolean escalate,
            @Value("${portico.sla.check-every:60s}") Duration every) {
        this.levels = levels;
        this.lease = lease;
        this.jdbc = jdbc;
        this.events = events;
        this.actions = actions;
        this.clock = clock;
        this.escalate = escalate;
        this.every = every;
    }

    @Scheduled(fixedDelayString = "${portico.sla.check-every:60s}", initialDelay = 30_000)
    void scheduled() {
        if (lease.take(LEASE, every.minusSeconds(Math.min(5, every.toSeconds() / 2)))) {
            check();
        }
    }

    /** Looks at every open case once; returns how many warnings and breaches it recorded. */
    @Transactional
    public int check() {
        int recorded = 0;
        Instant now = clock.instant();
        for (Measured m : levels.allOpen()) {
            SlaState worst = SlaClock.worst(m.states());
            if (worst == null || !worst.atRisk()) {
                continue;
            }
            String number = m.supportCase().view().number();
            if (!m.warned()) {
                recorded += mark(m, "sla_warned_at", worst, false, now);
                escalate(m, worst);
            }
            if (worst.level() == SlaState.Level.BREACHED && !m.breached()) {
                recorded += mark(m, "sla_breached_at", worst, true, now);
                log.info("Case {} broke its {} target", number, worst.target());
            }
        }
        return recorded;
    }

    private int mark(Measured m, String column, SlaState state, boolean breached,
            Instant now) {
        int changed = jdbc.sql("UPDATE support_case SET " + column + " = ? WHERE id = ? AND "
                        + column + " IS NULL")
                .params(CaseStore.utc(now), m.supportCase().id()).update();
        if (changed == 1) {
            events.publishEvent(new SlaWarned(m.supportCase().view().number(), state.target(),
                    breached, now));
        }
        return changed;
    }

    private void escalate(Measured m, SlaState state) {
        CaseStatus status = m.supportCase().view().status();
        if (escalate && status != CaseStatus.WAITING && status != CaseStatus.ESCALATED) {
            actions.escalate(null, m.supportCase().view().number(), "SLA " + state.target());
        }
    }
}
