/**
 * The business portal's commerce: a catalogue of plans and add-ons priced per currency, a cart
 * kept in the database, orders and their lifecycle (placed, confirmed, fulfilled, cancelled),
 * the shared account ledger, and monthly statements.
 *
 * <p>Money is exact ({@link org.portico.commerce.Money}, which states the rounding rule).
 * Known limits: no taxes or discounts yet; a cart and an order hold one currency, the
 * account's; prices change only by migration.
 */
package org.portico.commerce;
