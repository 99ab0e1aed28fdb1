package org.portico.commerce.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.portico.commerce.InvalidOrder;
import org.portico.commerce.Money;
import org.portico.commerce.OrderItem;
import org.portico.commerce.OrderLine;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.OrderSummary;
import org.portico.identity.Directory;
import org.springframework.stereotype.Component;

/**
 * Turns items into priced lines in the account's currency and writes a new order with them.
 */
@Component
class OrderPricing {

    private final Catalogue catalogue;
    private final OrderStore store;
    private final Directory directory;

    OrderPricing(Catalogue catalogue, OrderStore store, Directory directory) {
        this.catalogue = catalogue;
        this.store = store;
        this.directory = directory;
    }

    String currencyOf(long accountId) {
        return directory.account(accountId).orElseThrow().currency();
    }

    /**
     * @throws InvalidOrder for no items, unknown or repeated products or quantities out of
     *         range
     */
    List<OrderLine> price(List<OrderItem> items, String currency) {
        OrderInput input = new OrderInput();
        List<OrderLine> lines = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            input.reject("lines", "commerce.cart.empty.error");
        }
        Set<String> ordered = new HashSet<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String field = "lines[" + i + "]";
            OrderItem item = items.get(i);
            input.checkQuantity(field + ".quantity", item.quantity());
            if (!ordered.add(String.valueOf(item.productCode()))) {
                // one line per product, so that the quantity limit holds for the product
                input.reject(field + ".product", "commerce.product.repeated");
                continue;
            }
            catalogue.find(item.productCode(), currency).ifPresentOrElse(
                    product -> lines.add(OrderLine.of(product, item.quantity())),
                    () -> input.reject(field + ".product", "commerce.product.unknown"));
        }
        input.check();
        return lines;
    }

    /**
     * Writes a placed order; the total is the sum of the line totals.
     *
     * @param idempotencyKey {@code null} for imported orders
     */
    OrderSummary insert(long accountId, long userId, List<OrderLine> lines, String poNumber,
            String idempotencyKey, Instant placedAt) {
        String currency = lines.get(0).total().currency();
        Money total = lines.stream().map(OrderLine::total)
                .reduce(Money.zero(currency), Money::plus);
        String number = store.nextNumber();
        OrderSummary order = new OrderSummary(number, accountId, "", userId,
                OrderStatus.PLACED, total, poNumber, placedAt, null, null, null);
        store.insert(order, idempotencyKey == null ? "import-" + number : idempotencyKey, lines);
        return order;
    }
}
