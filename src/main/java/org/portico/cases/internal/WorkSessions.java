package org.portico.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.portico.cases.CaseWork;
import org.portico.cases.CaseWorked;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work sessions in the {@code case_work} table. Ending a session is a conditional update, so
 * two nodes ending the same session count it once.
 */
@Service
class WorkSessions implements CaseWork {

    private static final Logger log = LoggerFactory.getLogger(WorkSessions.class);

    private static final String SELECT_OPEN = """
            SELECT w.id, w.agent_id, w.started_at, c.number
            FROM case_work w JOIN support_case c ON c.id = w.case_id
            WHERE w.ended_at IS NULL""";

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkSessions(CaseStore store, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long start(PorticoUser agent, String number) {
        long caseId = caseId(number);
        Instant now = clock.instant();
        endAll(openOn(agent.id(), caseId, null), now);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_work (case_id, agent_id, started_at) VALUES (?, ?, ?)")
                .params(caseId, agent.id(), CaseStore.utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    @Transactional
    public void end(PorticoUser agent, String number, Long session) {
        endAll(openOn(agent.id(), caseId(number), session), clock.instant());
    }

    /** Closes, at {@link #CAP}, the sessions nobody ended. */
    @Transactional
    public void closeAbandoned() {
        Instant now = clock.instant();
        List<OpenSession> abandoned = jdbc.sql(SELECT_OPEN + " AND w.started_at < ?")
                .param(CaseStore.utc(now.minus(CAP)))
                .query((rs, n) -> openSession(rs)).list();
        endAll(abandoned, now);
    }

    private List<OpenSession> openOn(long agentId, long caseId, Long session) {
        String only = session == null ? "" : " AND w.id = " + session.longValue();
        return jdbc.sql(SELECT_OPEN + " AND w.agent_id = ? AND w.case_id = ?" + only)
                .params(agentId, caseId)
                .query((rs, n) -> openSession(rs)).list();
    }

    private void endAll(List<OpenSession> sessions, Instant now) {
        for (OpenSession session : sessions) {
            Instant ended = session.startedAt().plus(CAP).isBefore(now)
                    ? session.startedAt().plus(CAP) : now;
            long seconds = Math.max(0, Duration.between(session.startedAt(), ended).toSeconds());
            int changed = jdbc.sql("""
                    UPDATE case_work SET ended_at = ?, seconds = ?
                    WHERE id = ? AND ended_at IS NULL""")
                    .params(CaseStore.utc(ended), seconds, session.id()).update();
            if (changed == 1) {
                events.publishEvent(new CaseWorked(session.number(), session.agentId(),
                        session.startedAt(), ended, seconds));
                log.info("Case {} worked by agent {} for {} s", session.number(),
                        session.agentId(), seconds);
            }
        }
    }

    private long caseId(String number) {
        return store.find(number).orElseThrow(() -> new NotFoundException("case " + number))
                .id();
    }

    private static OpenSession openSession(ResultSet rs) throws SQLException {
        return new OpenSession(rs.getLong("id"), rs.getLong("agent_id"),
                CaseStore.instant(rs, "started_at"), rs.getString("number"));
    }

    private record OpenSession(long id, long agentId, Instant startedAt, String number) {
    }
}
