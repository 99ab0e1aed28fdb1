package org.portico.commerce;

import java.util.List;

/**
 * What a contact is about to order, priced now in the account's currency.
 */
public record Cart(String currency, List<OrderLine> lines) {

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The sum of the line totals, never rounded again. */
    public Money total() {
        return lines.stream().map(OrderLine::total).reduce(Money.zero(currency), Money::plus);
    }
}
