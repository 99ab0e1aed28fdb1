package org.portico.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseAssigned;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseDetail;
import org.portico.cases.CaseMarkedWaiting;
import org.portico.cases.CaseQuery;
import org.portico.cases.CaseReplied;
import org.portico.cases.CaseSolved;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseTopicChanged;
import org.portico.cases.QueueItem;
import org.portico.cases.Topics;
import org.portico.cases.Visibility;
import org.portico.cases.internal.CaseStore.StoredCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' side of cases: the queue, owners, replies, internal notes and solving.
 */
@Service
class AgentDesk implements CaseDesk {

    private static final Logger log = LoggerFactory.getLogger(AgentDesk.class);

    private static final String OPEN_FIRST = " ORDER BY CASE WHEN status IN ('SOLVED', 'CLOSED')"
            + " THEN 1 ELSE 0 END, ";

    private static final Map<CaseQuery.Sort, String> ORDERS = Map.of(
            CaseQuery.Sort.NEWEST, "created_at DESC, id DESC",
            CaseQuery.Sort.OLDEST, "created_at, id",
            CaseQuery.Sort.PRIORITY, "CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1"
                    + " WHEN 'NORMAL' THEN 2 ELSE 3 END, created_at DESC, id DESC");

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Directory directory;
    private final AgentScopes scopes;

    AgentDesk(CaseStore store, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            Directory directory, AgentScopes scopes) {
        this.scopes = scopes;
        this.store = store;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> queue(CaseQuery query, int limit) {
        return jdbc.sql(CaseStore.SELECT_CASES + where(query)
                        + OPEN_FIRST + ORDERS.get(query.sort())
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(params(query))
                .query((rs, n) -> new QueueItem(CaseStore.caseView(rs),
                        rs.getObject("owner_user_id", Long.class),
                        CaseStore.instant(rs, "assigned_at")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(CaseQuery query) {
        return jdbc.sql("SELECT COUNT(*) FROM support_case" + where(query))
                .params(params(query)).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> ownerOf(String number) {
        return store.ownerOf(find(number).id());
    }

    @Override
    @Transactional
    public void assign(PorticoUser agent, String number, long ownerUserId) {
        boolean works = directory.caseWorkers().stream().anyMatch(s -> s.id() == ownerUserId);
        if (!works) {
            throw new IllegalArgumentException("User " + ownerUserId + " does not work cases");
        }
        changeOwner(agent, number, ownerUserId);
    }

    @Override
    @Transactional
    public void unassign(PorticoUser agent, String number) {
        changeOwner(agent, number, null);
    }

    private void changeOwner(PorticoUser agent, String number, Long ownerUserId) {
        StoredCase found = find(number);
        Optional<Long> previous = store.ownerOf(found.id());
        if (previous.equals(Optional.ofNullable(ownerUserId))) {
            return;
        }
        Instant now = clock.instant();
        store.assign(found.id(), ownerUserId, now);
        events.publishEvent(new CaseAssigned(number, ownerUserId, previous.orElse(null),
                agent.id(), now));
        log.info("Case {} assigned to {} by {}", number,
                ownerUserId == null ? "nobody" : ownerUserId, agent.id());
    }

    @Override
    @Transactional(readOnly = true)
    public CaseDetail read(String number) {
        StoredCase found = find(number);
        return new CaseDetail(found.view(), store.messages(found.id(), true));
    }

    @Override
    public boolean sees(PorticoUser agent, String number) {
        return scopes.sees(agent, number);
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
        store.markSolved(found.id(), agent.id(), now);
        events.publishEvent(new CaseSolved(number, found.view().topic(), agent.id(), now));
        log.info("Case {} solved", number);
    }

    @Override
    @Transactional
    public boolean markWaiting(PorticoUser agent, String number) {
        StoredCase found = find(number);
        CaseStatus previous = found.view().status();
        if (!previous.isOpen() || previous == CaseStatus.WAITING) {
            return false;
        }
        Instant now = clock.instant();
        store.touch(found.id(), CaseStatus.WAITING, now);
        events.publishEvent(new CaseMarkedWaiting(number, previous, agent.id(), now));
        log.info("Case {} set to waiting by {}", number, agent.id());
        return true;
    }

    @Override
    @Transactional
    public void changeTopic(PorticoUser agent, String number, String topic) {
        if (!Topics.isKnown(topic)) {
            throw new IllegalArgumentException("Unknown topic " + topic);
        }
        StoredCase found = find(number);
        String previous = found.view().topic();
        if (topic.equals(previous)) {
            return;
        }
        Instant now = clock.instant();
        store.changeTopic(found.id(), topic, now);
        events.publishEvent(new CaseTopicChanged(number, topic, previous, agent.id(), now));
        log.info("Case {} filed under {} by {}", number, topic, agent.id());
    }

    private static CaseStatus afterAgentReply(CaseStatus status) {
        return status.isOpen() ? CaseStatus.OPEN : status;
    }

    /** The case, unless it lies outside the signed-in agent's queues and sites. */
    private StoredCase find(String number) {
        return store.find(number)
                .filter(found -> AgentScopes.signedIn()
                        .map(user -> scopes.sees(user, number)).orElse(true))
                .orElseThrow(() -> new NotFoundException("case " + number));
    }

    private String where(CaseQuery query) {
        List<String> conditions = new ArrayList<>();
        scopes.current().ifPresent(scope -> conditions.add(scope.condition()));
        if (!query.statuses().isEmpty()) {
            conditions.add("status IN (:statuses)");
        }
        switch (query.ownership()) {
            case UNASSIGNED -> conditions.add("owner_user_id IS NULL");
            case OWNED_BY -> conditions.add("owner_user_id = :owner");
            case ANYONE -> { }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Map<String, ?> params(CaseQuery query) {
        Map<String, Object> params = new HashMap<>();
        scopes.current().ifPresent(scope -> params.putAll(scope.params()));
        if (!query.statuses().isEmpty()) {
            params.put("statuses", query.statuses().stream().map(CaseStatus::name).toList());
        }
        if (query.ownership() == CaseQuery.Ownership.OWNED_BY) {
            params.put("owner", query.ownerUserId());
        }
        return params;
    }
}
