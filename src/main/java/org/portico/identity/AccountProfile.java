package org.portico.identity;

import java.time.LocalDate;

/**
 * A customer account as other modules need it: who, since when, and in which currency and
 * country its money and taxes are kept.
 *
 * @param kind {@code PERSON} or {@code BUSINESS}
 * @param currency ISO 4217 code, for example {@code USD}
 * @param country ISO 3166 two-letter code, for example {@code US}
 */
public record AccountProfile(long id, String name, String kind, LocalDate customerSince,
        String currency, String country) {

    public boolean isBusiness() {
        return "BUSINESS".equals(kind);
    }
}
