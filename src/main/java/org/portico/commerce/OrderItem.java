package org.portico.commerce;

/**
 * A product and a quantity, as asked for; checked by the one who receives it.
 */
public record OrderItem(String productCode, int quantity) {
}
