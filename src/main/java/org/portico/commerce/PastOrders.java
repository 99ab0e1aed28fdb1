package org.portico.commerce;

/**
 * Records orders of the past with their own dates, and their ledger entries at those dates.
 * Publishes no events: nothing happened now.
 */
public interface PastOrders {

    /** @return the order number given */
    String importOrder(HistoricalOrder order);
}
