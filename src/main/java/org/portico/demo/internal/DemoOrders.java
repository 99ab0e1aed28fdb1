package org.portico.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.portico.commerce.HistoricalOrder;
import org.portico.commerce.OrderItem;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.PastOrders;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of orders for each demo business account: its plan about twelve months ago, then a
 * few add-ons, mostly fulfilled, some still open or cancelled; invoiced at their confirmation.
 */
@Component
@Order(20)
class DemoOrders implements DemoContribution {

    private static final List<String> PLANS =
            List.of("business-essentials", "business-plus", "business-advanced");
    private static final List<String> ADD_ONS =
            List.of("sales-tax-wizard", "payroll-seat", "receipt-scanning", "extra-storage");

    private final PastOrders orders;

    DemoOrders(PastOrders orders) {
        this.orders = orders;
    }

    @Override
    public void load(DemoContext demo) {
        List<Long> accounts = demo.businessAccountIds();
        for (int i = 0; i < accounts.size(); i++) {
            long account = accounts.get(i);
            List<Long> contacts = demo.contactsByAccount().getOrDefault(account, List.of());
            if (!contacts.isEmpty()) {
                loadAccount(demo.today(), new Random(demo.seed() + account), account, contacts,
                        i == 0);
            }
        }
    }

    private void loadAccount(LocalDate today, Random random, long account, List<Long> contacts,
            boolean showcase) {
        int planAge = 355 + random.nextInt(20);
        List<OrderItem> plan = List.of(new OrderItem(PLANS.get(random.nextInt(PLANS.size())), 1));
        orders.importOrder(order(today, account, contacts.get(0), plan, planAge,
                OrderStatus.FULFILLED, 1, random));
        int addOns = 2 + random.nextInt(3);
        for (int n = 0; n < addOns; n++) {
            int age = 5 + random.nextInt(330);
            boolean last = n == addOns - 1;
            if (showcase && last) {
                age = 2;
            }
            long contact = contacts.get(random.nextInt(contacts.size()));
            orders.importOrder(order(today, account, contact, addOn(random), age,
                    status(age, random, showcase && last), n + 2, random));
        }
    }

    private static List<OrderItem> addOn(Random random) {
        String product = ADD_ONS.get(random.nextInt(ADD_ONS.size()));
        int quantity = "payroll-seat".equals(product) ? 1 + random.nextInt(12) : 1;
        return List.of(new OrderItem(product, quantity));
    }

    private static OrderStatus status(int age, Random random, boolean forcePlaced) {
        if (forcePlaced) {
            return OrderStatus.PLACED;
        }
        int draw = random.nextInt(100);
        if (age < 10) {
            return draw < 50 ? OrderStatus.PLACED : OrderStatus.CONFIRMED;
        }
        if (draw < 10) {
            return OrderStatus.CANCELLED;
        }
        return draw < 15 ? OrderStatus.CONFIRMED : OrderStatus.FULFILLED;
    }

    private static HistoricalOrder order(LocalDate today, long account, long contact,
            List<OrderItem> items, int ageDays, OrderStatus status, int sequence,
            Random random) {
        Instant placed = today.minusDays(ageDays).atTime(8 + random.nextInt(9),
                random.nextInt(60)).toInstant(ZoneOffset.UTC);
        boolean confirmed = status == OrderStatus.CONFIRMED || status == OrderStatus.FULFILLED
                || status == OrderStatus.CANCELLED && random.nextBoolean();
        Instant confirmedAt = confirmed ? placed.plusSeconds(3_600L * (2 + random.nextInt(20)))
                : null;
        Instant endedAt = switch (status) {
            case FULFILLED, CANCELLED -> (confirmedAt == null ? placed : confirmedAt)
                    .plusSeconds(3_600L * (1 + random.nextInt(30)));
            default -> null;
        };
        String po = random.nextInt(3) == 0 ? String.format(Locale.ROOT, "PO-%d-%03d", account, sequence)
                : null;
        return new HistoricalOrder(account, contact, items, po, status, placed, confirmedAt,
                endedAt);
    }
}
