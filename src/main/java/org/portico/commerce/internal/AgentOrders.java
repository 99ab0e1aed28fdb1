package org.portico.commerce.internal;

import java.time.Clock;
import java.util.List;

import org.portico.cases.AccountReach;
import org.portico.commerce.OrderDesk;
import org.portico.commerce.OrderDetail;
import org.portico.commerce.OrderPage;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.OrderSummary;
import org.portico.commerce.Product;
import org.portico.commerce.internal.OrderStore.StoredOrder;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every account's orders, for agents; an agent limited to some queues or sites sees and moves
 * only the orders of the accounts those reach ({@link AccountReach}), others are not found.
 */
@Service
class AgentOrders implements OrderDesk {

    private static final String CATALOGUE_CURRENCY = "USD";

    private final OrderStore store;
    private final Catalogue catalogue;
    private final OrderLifecycle lifecycle;
    private final AccountReach reach;
    private final Clock clock;

    AgentOrders(OrderStore store, Catalogue catalogue, OrderLifecycle lifecycle,
            AccountReach reach, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.lifecycle = lifecycle;
        this.reach = reach;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage search(PorticoUser agent, OrderQuery query) {
        return store.search(reach.conditionOn(agent, "o.account_id"), query);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderSummary> recentOf(long accountId, int limit) {
        return store.search(accountId, OrderQuery.all()).orders().stream().limit(limit).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Product> catalogue() {
        return catalogue.pricedIn(CATALOGUE_CURRENCY);
    }

    @Override
    @Transactional(readOnly = true)
    public OrderDetail read(PorticoUser agent, String number) {
        StoredOrder stored = reached(agent, number);
        return new OrderDetail(stored.order(), store.lines(stored.id()));
    }

    @Override
    @Transactional
    public OrderSummary confirm(PorticoUser agent, String number) {
        requireAgent(agent);
        return lifecycle.confirm(reached(agent, number), clock.instant(), true);
    }

    @Override
    @Transactional
    public OrderSummary fulfil(PorticoUser agent, String number) {
        requireAgent(agent);
        return lifecycle.fulfil(reached(agent, number), clock.instant(), true);
    }

    @Override
    @Transactional
    public OrderSummary cancel(PorticoUser agent, String number) {
        requireAgent(agent);
        return lifecycle.cancel(reached(agent, number), agent.id(), clock.instant(), true);
    }

    /** The order, unless it belongs to an account outside the agent's queues and sites. */
    private StoredOrder reached(PorticoUser agent, String number) {
        StoredOrder stored = lifecycle.find(number);
        if (!reach.reaches(agent, stored.order().accountId())) {
            throw new NotFoundException("order " + number + " outside the agent's scope");
        }
        return stored;
    }

    private static void requireAgent(PorticoUser agent) {
        if (agent == null || !agent.role().isStaff()) {
            throw new AccessDeniedException("Only staff move orders");
        }
    }
}
