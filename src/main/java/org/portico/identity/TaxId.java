package org.portico.identity;

/**
 * A tax identifier of an account.
 *
 * @param scheme for example {@code US_EIN}, {@code CN_USCC}, {@code GB_VAT}, {@code DE_VAT},
 *     {@code EU_VAT} or {@code OTHER}
 */
public record TaxId(String scheme, String value) {

    @Override
    public String toString() {
        return scheme + " " + value;
    }
}
