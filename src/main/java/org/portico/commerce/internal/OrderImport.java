package org.portico.commerce.internal;

import java.util.List;

import org.portico.commerce.HistoricalOrder;
import org.portico.commerce.OrderLine;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.OrderSummary;
import org.portico.commerce.PastOrders;
import org.portico.commerce.internal.OrderStore.StoredOrder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes past orders through the same lifecycle as live ones, with the dates they had.
 */
@Service
class OrderImport implements PastOrders {

    private final OrderPricing pricing;
    private final OrderLifecycle lifecycle;

    OrderImport(OrderPricing pricing, OrderLifecycle lifecycle) {
        this.pricing = pricing;
        this.lifecycle = lifecycle;
    }

    @Override
    @Transactional
    public String importOrder(HistoricalOrder past) {
        List<OrderLine> lines = pricing.price(past.items(),
                pricing.currencyOf(past.accountId()));
        OrderSummary placed = pricing.insert(past.accountId(), past.placedByUserId(), lines,
                past.poNumber(), null, past.placedAt());
        StoredOrder stored = lifecycle.find(placed.number());
        if (past.confirmedAt() != null) {
            lifecycle.confirm(stored, past.confirmedAt(), false);
            stored = lifecycle.find(placed.number());
        }
        if (past.status() == OrderStatus.FULFILLED) {
            lifecycle.fulfil(stored, past.endedAt(), false);
        } else if (past.status() == OrderStatus.CANCELLED) {
            lifecycle.cancel(stored, past.placedByUserId(), past.endedAt(), false);
        }
        return placed.number();
    }
}
