package org.portico.cases;

/**
 * Tells whether an order number belongs to an account, so that a case can only be opened
 * about one of the customer's own orders. Implemented by the module that owns orders.
 */
public interface OrderReferences {

    boolean belongsTo(String orderNumber, long accountId);
}
