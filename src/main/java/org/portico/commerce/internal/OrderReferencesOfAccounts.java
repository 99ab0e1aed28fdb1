package org.portico.commerce.internal;

import org.portico.cases.OrderReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the cases module's question "is this the account's order?" from the order store.
 */
@Component
class OrderReferencesOfAccounts implements OrderReferences {

    private final OrderStore orders;

    OrderReferencesOfAccounts(OrderStore orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsTo(String orderNumber, long accountId) {
        return orders.find(orderNumber)
                .filter(stored -> stored.order().accountId() == accountId)
                .isPresent();
    }
}
