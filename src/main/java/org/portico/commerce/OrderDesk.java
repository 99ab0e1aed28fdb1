package org.portico.commerce;

import java.util.List;

import org.portico.identity.PorticoUser;

/**
 * Orders as agents see and move them in the console: confirm (which invoices the order),
 * fulfil, cancel (which credits a confirmed order back).
 */
public interface OrderDesk {

    /** The orders the agent may see: those of the accounts their queues and sites reach. */
    OrderPage search(PorticoUser agent, OrderQuery query);

    /** The account's most recent orders, newest first, at most {@code limit} of them. */
    List<OrderSummary> recentOf(long accountId, int limit);

    /** Every product on sale, priced in the default currency (US dollars). */
    List<Product> catalogue();

    /**
     * @throws org.portico.platform.NotFoundException for an unknown number or an order the
     *         agent may not see
     */
    OrderDetail read(PorticoUser agent, String number);

    /** @throws OrderRefused unless the order is placed */
    OrderSummary confirm(PorticoUser agent, String number);

    /** @throws OrderRefused unless the order is confirmed */
    OrderSummary fulfil(PorticoUser agent, String number);

    /** @throws OrderRefused when it is already fulfilled or cancelled */
    OrderSummary cancel(PorticoUser agent, String number);
}
