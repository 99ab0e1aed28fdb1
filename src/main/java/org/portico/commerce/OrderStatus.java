package org.portico.commerce;

/**
 * Where an order stands. An order is placed by a contact, confirmed by an agent (which invoices
 * it), then fulfilled; it may be cancelled while it is placed or confirmed.
 */
public enum OrderStatus {
    PLACED, CONFIRMED, FULFILLED, CANCELLED;

    public boolean isCancellable() {
        return this == PLACED || this == CONFIRMED;
    }
}
