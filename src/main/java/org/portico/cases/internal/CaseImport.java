package org.portico.cases.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.portico.cases.CaseHistory;
import org.portico.cases.CaseStatus;
import org.portico.cases.HistoricalCase;
import org.portico.cases.PastCasesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores past cases in JDBC batches. A case with a solved time is SOLVED, one with an agent
 * reply OPEN, otherwise NEW; the agent's reply is dated at the solved time, or two hours
 * after opening when the case is still open.
 */
@Service
class CaseImport implements CaseHistory {

    private static final Logger log = LoggerFactory.getLogger(CaseImport.class);
    private static final Duration REPLY_DELAY = Duration.ofHours(2);
    private static final int BATCH = 500;

    private final CaseStore store;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CaseImport(CaseStore store, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public int importCases(List<HistoricalCase> cases) {
        if (cases.isEmpty()) {
            return 0;
        }
        long first = store.reserveNumbers(cases.size());
        insertCases(cases, first);
        insertReplies(cases, idsByNumber(first, cases.size()), first);
        log.info("Imported {} past cases, numbers {} to {}", cases.size(),
                CaseStore.formatNumber(first), CaseStore.formatNumber(first + cases.size() - 1));
        events.publishEvent(new PastCasesImported(CaseStore.formatNumber(first),
                CaseStore.formatNumber(first + cases.size() - 1), cases.size()));
        return cases.size();
    }

    private void insertCases(List<HistoricalCase> cases, long first) {
        jdbc.batchUpdate("""
                INSERT INTO support_case (number, site_slug, subject, description, status,
                    priority, topic, origin, requester_user_id, account_id, created_at,
                    updated_at, first_response_at, solved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", numbered(cases, first), BATCH,
                (statement, n) -> bindCase(statement, n.supportCase(), n.number()));
    }

    private static List<Numbered> numbered(List<HistoricalCase> cases, long first) {
        return IntStream.range(0, cases.size())
                .mapToObj(i -> new Numbered(first + i, cases.get(i))).toList();
    }

    private static void bindCase(PreparedStatement s, HistoricalCase c, long number)
            throws SQLException {
        Instant reply = replyTime(c);
        s.setString(1, CaseStore.formatNumber(number));
        s.setString(2, c.site());
        s.setString(3, c.subject());
        s.setString(4, c.description());
        s.setString(5, status(c).name());
        s.setString(6, c.priority());
        s.setString(7, c.topic());
        s.setString(8, c.origin());
        s.setLong(9, c.requesterUserId());
        s.setLong(10, c.accountId());
        s.setObject(11, CaseStore.utc(c.openedAt()));
        s.setObject(12, CaseStore.utc(c.solvedAt() != null ? c.solvedAt() : c.openedAt()));
        s.setObject(13, CaseStore.utc(reply));
        s.setObject(14, CaseStore.utc(c.solvedAt()));
    }

    private Map<String, Long> idsByNumber(long first, int count) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, number FROM support_case WHERE number BETWEEN ? AND ?",
                rs -> {
                    ids.put(rs.getString("number"), rs.getLong("id"));
                },
                CaseStore.formatNumber(first), CaseStore.formatNumber(first + count - 1));
        return ids;
    }

    private void insertReplies(List<HistoricalCase> cases, Map<String, Long> ids, long first) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            HistoricalCase c = cases.get(i);
            if (c.agentReply() != null) {
                rows.add(new Object[] {ids.get(CaseStore.formatNumber(first + i)),
                        c.agentUserId(), c.agentReply(), CaseStore.utc(replyTime(c))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO case_message (case_id, author_user_id, author_kind, body, visibility,
                                          created_at)
                VALUES (?, ?, 'AGENT', ?, 'PUBLIC', ?)""", rows);
    }

    private static CaseStatus status(HistoricalCase c) {
        if (c.solvedAt() != null) {
            return CaseStatus.SOLVED;
        }
        return c.agentReply() != null ? CaseStatus.OPEN : CaseStatus.NEW;
    }

    private static Instant replyTime(HistoricalCase c) {
        if (c.agentReply() == null) {
            return null;
        }
        return c.solvedAt() != null ? c.solvedAt() : c.openedAt().plus(REPLY_DELAY);
    }

    private record Numbered(long number, HistoricalCase supportCase) {
    }
}
