package org.portico.cases.internal;

import org.portico.cases.OrderReferences;
import org.portico.identity.PorticoUser;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Keeps a case's order link to the customer's own orders: another account's order number is
 * treated as unknown, whatever it is.
 */
@Component
class OrderLinks {

    private final OrderReferences references;

    OrderLinks(OrderReferences references) {
        this.references = references;
    }

    boolean isOwn(String orderNumber, PorticoUser user) {
        return OpenCaseForm.isOrderNumber(orderNumber) && user.accountId() != null
                && references.belongsTo(orderNumber, user.accountId());
    }

    /** Rejects an order number that is well formed but not one of the account's orders. */
    void check(String orderNumber, PorticoUser user, BindingResult errors) {
        if (!errors.hasFieldErrors("orderNumber") && orderNumber != null
                && !orderNumber.isBlank() && !isOwn(orderNumber, user)) {
            errors.rejectValue("orderNumber", "cases.order.unknown");
        }
    }
}
