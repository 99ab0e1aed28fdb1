package org.portico.commerce.internal;

import java.time.Instant;

import org.portico.commerce.Ledger;
import org.portico.commerce.LedgerEntry;
import org.portico.commerce.OrderCancelled;
import org.portico.commerce.OrderConfirmed;
import org.portico.commerce.OrderFulfilled;
import org.portico.commerce.OrderRefused;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.OrderSummary;
import org.portico.commerce.internal.OrderStore.StoredOrder;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves orders between statuses, the same way for contacts, agents and imports: confirming
 * invoices the order total to the account's ledger; cancelling a confirmed order credits it
 * back. With {@code announce} the matching event is published.
 */
@Component
class OrderLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderLifecycle.class);

    private final OrderStore store;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;

    OrderLifecycle(OrderStore store, Ledger ledger, ApplicationEventPublisher events) {
        this.store = store;
        this.ledger = ledger;
        this.events = events;
    }

    StoredOrder find(String number) {
        return store.find(number).orElseThrow(() -> new NotFoundException("order " + number));
    }

    OrderSummary confirm(StoredOrder stored, Instant at, boolean announce) {
        OrderSummary order = stored.order();
        move(stored, OrderStatus.PLACED, OrderStatus.CONFIRMED, at);
        ledger.record(new LedgerEntry(order.accountId(), "INVOICE", order.number(),
                "Order " + order.number(), order.total(), at, order.number()));
        if (announce) {
            events.publishEvent(new OrderConfirmed(order.number(), order.accountId(),
                    order.total(), at));
        }
        return reread(order);
    }

    OrderSummary fulfil(StoredOrder stored, Instant at, boolean announce) {
        move(stored, OrderStatus.CONFIRMED, OrderStatus.FULFILLED, at);
        if (announce) {
            events.publishEvent(new OrderFulfilled(stored.order().number(),
                    stored.order().accountId(), at));
        }
        return reread(stored.order());
    }

    OrderSummary cancel(StoredOrder stored, long byUserId, Instant at, boolean announce) {
        OrderSummary order = stored.order();
        if (!order.status().isCancellable()) {
            throw refusedFor(order);
        }
        move(stored, order.status(), OrderStatus.CANCELLED, at);
        boolean credit = order.status() == OrderStatus.CONFIRMED;
        if (credit) {
            ledger.record(new LedgerEntry(order.accountId(), "CREDIT", order.number(),
                    "Credit for cancelled order " + order.number(), order.total().negate(), at,
                    order.number()));
        }
        if (announce) {
            events.publishEvent(new OrderCancelled(order.number(), order.accountId(), byUserId,
                    credit, at));
        }
        return reread(order);
    }

    private void move(StoredOrder stored, OrderStatus from, OrderStatus to, Instant at) {
        if (stored.order().status() != from || !store.move(stored.id(), from, to, at)) {
            throw refusedFor(stored.order());
        }
        log.info("Order {} {}", stored.order().number(), to.name().toLowerCase(java.util.Locale.ROOT));
    }

    private OrderSummary reread(OrderSummary order) {
        return find(order.number()).order();
    }

    private static OrderRefused refusedFor(OrderSummary order) {
        return new OrderRefused("commerce.refused.status",
                "Order " + order.number() + " is " + order.status());
    }
}
