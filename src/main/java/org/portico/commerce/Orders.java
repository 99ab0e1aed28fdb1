package org.portico.commerce;

import java.util.List;

import org.portico.identity.PorticoUser;

/**
 * Orders as business contacts see them, always for their current account and in its
 * currency.
 *
 * <p>Who may do what: a business administrator sees, places, cancels and reorders every order
 * of the account; a business member sees and places orders and reorders, but cancels only the
 * orders they placed. Anyone else (individual customers, staff) and any order of another
 * account is reported as not found.
 */
public interface Orders {

    /** Active products priced in the account's currency, plans first. */
    List<Product> catalogue(PorticoUser contact);

    Cart cart(PorticoUser contact);

    /** Adds to the quantity already in the cart. @throws InvalidOrder */
    void addToCart(PorticoUser contact, String productCode, String quantity);

    /** @throws InvalidOrder */
    void changeQuantity(PorticoUser contact, String productCode, String quantity);

    void removeFromCart(PorticoUser contact, String productCode);

    /**
     * Orders what is in the contact's cart and empties it; with a key already used, the
     * order placed with it.
     *
     * @throws InvalidOrder for an empty cart, a bad purchase-order number or key
     */
    OrderDetail placeCart(PorticoUser contact, String poNumber, String idempotencyKey);

    /** Orders the given items (API); same rules as {@link #placeCart}. */
    OrderDetail place(PorticoUser contact, PlaceOrder order);

    OrderPage search(PorticoUser contact, OrderQuery query);

    /** @throws org.portico.platform.NotFoundException when not an order of the account */
    OrderDetail read(PorticoUser contact, String number);

    /** @throws OrderRefused when the status or the contact's role does not allow it */
    OrderSummary cancel(PorticoUser contact, String number);

    /** Puts the order's products into the cart, at today's prices. */
    void reorder(PorticoUser contact, String number);

    /** Whether this contact may cancel this order now (to show the button or not). */
    boolean mayCancel(PorticoUser contact, OrderSummary order);
}
