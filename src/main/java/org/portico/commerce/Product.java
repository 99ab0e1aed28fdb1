package org.portico.commerce;

import java.util.Locale;

/**
 * A plan or add-on of the catalogue, priced in one currency.
 *
 * @param kind {@code PLAN} or {@code ADD_ON}
 */
public record Product(String code, String kind, String nameEn, String nameZh, Money unitPrice) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
