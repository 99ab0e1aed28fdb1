package org.portico.commerce;

import java.util.Locale;

/**
 * One line of an order or of a cart: the product's name and price as they were when the line
 * was priced, and {@code total = unitPrice × quantity} (see {@link Money}).
 */
public record OrderLine(String productCode, String nameEn, String nameZh, Money unitPrice,
        int quantity, Money total) {

    public static OrderLine of(Product product, int quantity) {
        return new OrderLine(product.code(), product.nameEn(), product.nameZh(),
                product.unitPrice(), quantity, product.unitPrice().times(quantity));
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
