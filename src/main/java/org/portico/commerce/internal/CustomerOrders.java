package org.portico.commerce.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portico.commerce.Cart;
import org.portico.commerce.InvalidOrder;
import org.portico.commerce.OrderDetail;
import org.portico.commerce.OrderItem;
import org.portico.commerce.OrderLine;
import org.portico.commerce.OrderPage;
import org.portico.commerce.OrderPlaced;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.OrderRefused;
import org.portico.commerce.OrderSummary;
import org.portico.commerce.Orders;
import org.portico.commerce.PlaceOrder;
import org.portico.commerce.Product;
import org.portico.commerce.internal.OrderStore.StoredOrder;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cart and the orders of a business contact's current account.
 */
@Service
class CustomerOrders implements Orders {

    private static final Logger log = LoggerFactory.getLogger(CustomerOrders.class);

    private final Catalogue catalogue;
    private final CartStore carts;
    private final OrderStore store;
    private final OrderPricing pricing;
    private final OrderLifecycle lifecycle;
    private final OrderMail mail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CustomerOrders(Catalogue catalogue, CartStore carts, OrderStore store, OrderPricing pricing,
            OrderLifecycle lifecycle, OrderMail mail, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.catalogue = catalogue;
        this.carts = carts;
        this.store = store;
        this.pricing = pricing;
        this.lifecycle = lifecycle;
        this.mail = mail;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Product> catalogue(PorticoUser contact) {
        return catalogue.pricedIn(pricing.currencyOf(accountOf(contact)));
    }

    @Override
    @Transactional(readOnly = true)
    public Cart cart(PorticoUser contact) {
        String currency = pricing.currencyOf(accountOf(contact));
        List<OrderLine> lines = new ArrayList<>();
        carts.lines(contact.accountId(), contact.id()).forEach((code, quantity) ->
                catalogue.find(code, currency)
                        .ifPresent(product -> lines.add(OrderLine.of(product, quantity))));
        return new Cart(currency, lines);
    }

    @Override
    @Transactional
    public void addToCart(PorticoUser contact, String productCode, String quantity) {
        long account = accountOf(contact);
        OrderInput input = new OrderInput();
        int added = input.quantity("quantity", quantity);
        input.check();
        requireProduct(productCode, account);
        int already = carts.lines(account, contact.id()).getOrDefault(productCode, 0);
        if (already + added > OrderInput.MAX_QUANTITY) {
            throw new InvalidOrder(Map.of("quantity", "commerce.quantity.invalid"));
        }
        carts.put(account, contact.id(), productCode, already + added, clock.instant());
    }

    @Override
    @Transactional
    public void changeQuantity(PorticoUser contact, String productCode, String quantity) {
        long account = accountOf(contact);
        OrderInput input = new OrderInput();
        int changed = input.quantity("quantity", quantity);
        input.check();
        requireProduct(productCode, account);
        carts.put(account, contact.id(), productCode, changed, clock.instant());
    }

    @Override
    @Transactional
    public void removeFromCart(PorticoUser contact, String productCode) {
        carts.remove(accountOf(contact), contact.id(), productCode);
    }

    @Override
    public OrderDetail placeCart(PorticoUser contact, String poNumber, String idempotencyKey) {
        long account = accountOf(contact);
        OrderInput input = new OrderInput();
        String po = input.poNumber(poNumber);
        String key = input.idempotencyKey(idempotencyKey);
        input.check();
        return placeOnce(contact, key, () -> {
            List<OrderItem> items = carts.lines(account, contact.id()).entrySet().stream()
                    .map(line -> new OrderItem(line.getKey(), line.getValue())).toList();
            OrderSummary order = placeNow(contact, items, po, key);
            carts.clear(account, contact.id());
            return order;
        });
    }

    @Override
    public OrderDetail place(PorticoUser contact, PlaceOrder request) {
        accountOf(contact);
        OrderInput input = new OrderInput();
        String po = input.poNumber(request.poNumber());
        String key = input.idempotencyKey(request.idempotencyKey());
        input.check();
        return placeOnce(contact, key, () -> placeNow(contact, request.lines(), po, key));
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage search(PorticoUser contact, OrderQuery query) {
        return store.search(accountOf(contact), query);
    }

    @Override
    @Transactional(readOnly = true)
    public OrderDetail read(PorticoUser contact, String number) {
        StoredOrder stored = visible(contact, number);
        return new OrderDetail(stored.order(), store.lines(stored.id()));
    }

    @Override
    @Transactional
    public OrderSummary cancel(PorticoUser contact, String number) {
        StoredOrder stored = visible(contact, number);
        if (!mayCancelAsRole(contact, stored.order())) {
            throw OrderRefused.forbidden("commerce.refused.role",
                    "Members cancel only their own orders");
        }
        return lifecycle.cancel(stored, contact.id(), clock.instant(), true);
    }

    @Override
    @Transactional
    public void reorder(PorticoUser contact, String number) {
        StoredOrder stored = visible(contact, number);
        String currency = pricing.currencyOf(stored.order().accountId());
        Map<String, Integer> cart = carts.lines(contact.accountId(), contact.id());
        for (OrderLine line : store.lines(stored.id())) {
            if (catalogue.find(line.productCode(), currency).isPresent()) {
                int quantity = Math.min(OrderInput.MAX_QUANTITY,
                        cart.getOrDefault(line.productCode(), 0) + line.quantity());
                carts.put(contact.accountId(), contact.id(), line.productCode(), quantity,
                        clock.instant());
            }
        }
    }

    @Override
    public boolean mayCancel(PorticoUser contact, OrderSummary order) {
        return order.status().isCancellable() && mayCancelAsRole(contact, order);
    }

    private OrderDetail placeOnce(PorticoUser contact, String key, PlacingStep step) {
        OrderDetail existing = existing(contact, key);
        if (existing != null) {
            return existing;
        }
        try {
            OrderSummary placed = transaction.execute(status -> step.place());
            OrderDetail detail = transaction.execute(status -> read(contact, placed.number()));
            mail.sendConfirmation(contact, detail);
            return detail;
        } catch (DuplicateKeyException raced) {
            log.info("Order submitted twice with one key; answering the first");
            return existing(contact, key);
        }
    }

    private OrderDetail existing(PorticoUser contact, String key) {
        return transaction.execute(status -> store.numberForKey(contact.accountId(), key)
                .map(number -> read(contact, number)).orElse(null));
    }

    private OrderSummary placeNow(PorticoUser contact, List<OrderItem> items, String po,
            String key) {
        List<OrderLine> lines = pricing.price(items, pricing.currencyOf(contact.accountId()));
        OrderSummary order = pricing.insert(contact.accountId(), contact.id(), lines, po, key,
                clock.instant());
        events.publishEvent(new OrderPlaced(order.number(), order.accountId(), contact.id(),
                order.total(), order.placedAt()));
        log.info("Order {} placed for account {}", order.number(), order.accountId());
        return order;
    }

    private void requireProduct(String productCode, long account) {
        if (productCode == null
                || catalogue.find(productCode, pricing.currencyOf(account)).isEmpty()) {
            throw new InvalidOrder(Map.of("product", "commerce.product.unknown"));
        }
    }

    private StoredOrder visible(PorticoUser contact, String number) {
        long account = accountOf(contact);
        return store.find(number).filter(stored -> stored.order().accountId() == account)
                .orElseThrow(() -> new NotFoundException("order " + number));
    }

    private static boolean mayCancelAsRole(PorticoUser contact, OrderSummary order) {
        return contact.role() == Role.BUSINESS_ADMIN || order.placedByUserId() == contact.id();
    }

    /** The contact's current account; anyone else is told orders do not exist. */
    static long accountOf(PorticoUser contact) {
        if (contact == null || !contact.role().isBusinessContact()
                || contact.accountId() == null) {
            throw new NotFoundException("orders for this person");
        }
        return contact.accountId();
    }

    @FunctionalInterface
    private interface PlacingStep {
        OrderSummary place();
    }
}
