package org.portico.commerce;

import org.portico.identity.PorticoUser;

/**
 * Orders as agents see and move them in the console: confirm (which invoices the order),
 * fulfil, cancel (which credits a confirmed order back).
 */
public interface OrderDesk {

    OrderPage search(OrderQuery query);

    /** @throws org.portico.platform.NotFoundException for an unknown number */
    OrderDetail read(String number);

    /** @throws OrderRefused unless the order is placed */
    OrderSummary confirm(PorticoUser agent, String number);

    /** @throws OrderRefused unless the order is confirmed */
    OrderSummary fulfil(PorticoUser agent, String number);

    /** @throws OrderRefused when it is already fulfilled or cancelled */
    OrderSummary cancel(PorticoUser agent, String number);
}
