package org.portico.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseDetail;
import org.portico.cases.CaseReplied;
import org.portico.cases.CaseSolved;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.Visibility;
import org.portico.cases.internal.CaseStore.StoredCase;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' side of cases: the queue, replies, internal notes and solving.
 */
@Service
class AgentDesk implements CaseDesk {

    private static final Logger log = LoggerFactory.getLogger(AgentDesk.class);

    private static final String OPEN_FIRST = " ORDER BY CASE WHEN status IN ('SOLVED', 'CLOSED')"
            + " THEN 1 ELSE 0 END, created_at DESC, id DESC";

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentDesk(CaseStore store, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> queue(Collection<CaseStatus> statuses, int limit) {
        return jdbc.sql(CaseStore.SELECT_CASES + where(statuses) + OPEN_FIRST
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(params(statuses))
                .query((rs, n) -> CaseStore.caseView(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Collection<CaseStatus> statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM support_case" + where(statuses))
                .params(params(statuses)).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public CaseDetail read(String number) {
        StoredCase found = find(number);
        return new CaseDetail(found.view(), store.messages(found.id(), true));
    }

    @Override
    @Transactional
    public void reply(PorticoUser agent, String number, String body, Visibility visibility) {
        StoredCase found = find(number);
        Instant now = clock.instant();
        store.addMessage(found.id(), agent.id(), AuthorKind.AGENT, body.trim(), visibility, now);
        if (visibility == Visibility.PUBLIC) {
            store.recordFirstResponse(found.id(), now);
            store.touch(found.id(), afterAgentReply(found.view().status()), now);
        }
        events.publishEvent(new CaseReplied(number, AuthorKind.AGENT, visibility, now));
        log.info("Case {} answered by agent {} ({})", number, agent.id(), visibility);
    }

    @Override
    @Transactional
    public void solve(PorticoUser agent, String number) {
        StoredCase found = find(number);
        Instant now = clock.instant();
        store.markSolved(found.id(), now);
        events.publishEvent(new CaseSolved(number, found.view().topic(), agent.id(), now));
        log.info("Case {} solved", number);
    }

    private static CaseStatus afterAgentReply(CaseStatus status) {
        return status.isOpen() ? CaseStatus.OPEN : status;
    }

    private StoredCase find(String number) {
        return store.find(number).orElseThrow(() -> new NotFoundException("case " + number));
    }

    private static String where(Collection<CaseStatus> statuses) {
        return statuses.isEmpty() ? "" : " WHERE status IN (:statuses)";
    }

    private static Map<String, ?> params(Collection<CaseStatus> statuses) {
        return statuses.isEmpty() ? Map.of()
                : Map.of("statuses", statuses.stream().map(CaseStatus::name).toList());
    }
}
