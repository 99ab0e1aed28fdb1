package org.portico.cases.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.AgentDay;
import org.portico.cases.CaseStatus;
import org.portico.cases.DeskFigures;
import org.portico.cases.WaitingCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisor figures computed from the case tables with one grouped query per figure.
 */
@Service
class DeskReports implements DeskFigures {

    private final JdbcClient jdbc;
    private final WorkSessions sessions;

    DeskReports(JdbcClient jdbc, WorkSessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public Map<Long, AgentDay> agents(Instant since) {
        sessions.closeAbandoned();
        Map<Long, long[]> figures = new HashMap<>();
        add(figures, 0, jdbc.sql("""
                SELECT owner_user_id, COUNT(*) FROM support_case
                WHERE owner_user_id IS NOT NULL
                  AND status IN ('NEW', 'OPEN', 'WAITING', 'ESCALATED')
                GROUP BY owner_user_id"""));
        add(figures, 1, jdbc.sql("""
                SELECT agent_id, COUNT(DISTINCT case_id) FROM (
                    SELECT author_user_id AS agent_id, case_id FROM case_message
                    WHERE author_kind = 'AGENT' AND visibility = 'PUBLIC' AND created_at >= ?
                    UNION
                    SELECT solved_by_user_id AS agent_id, id AS case_id FROM support_case
                    WHERE solved_by_user_id IS NOT NULL AND solved_at >= ?) handled
                GROUP BY agent_id""").params(CaseStore.utc(since), CaseStore.utc(since)));
        add(figures, 2, jdbc.sql("""
                SELECT agent_id, SUM(seconds) FROM case_work
                WHERE ended_at >= ? GROUP BY agent_id""").param(CaseStore.utc(since)));
        Map<Long, AgentDay> days = new HashMap<>();
        figures.forEach((id, f) -> days.put(id, new AgentDay(id, f[0], f[1], f[2])));
        return days;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CaseStatus, Long> countsByStatus() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) FROM support_case GROUP BY status")
                .query(rs -> {
                    counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WaitingCase> oldestWaiting() {
        return jdbc.sql(CaseStore.SELECT_CASES + """
                 WHERE status IN ('NEW', 'WAITING')
                ORDER BY updated_at, id FETCH FIRST 1 ROWS ONLY""")
                .query((rs, n) -> new WaitingCase(CaseStore.caseView(rs),
                        CaseStore.instant(rs, "updated_at")))
                .optional();
    }

    private static void add(Map<Long, long[]> figures, int slot, JdbcClient.StatementSpec sql) {
        sql.query(rs -> {
            figures.computeIfAbsent(rs.getLong(1), id -> new long[3])[slot] = rs.getLong(2);
        });
    }
}
