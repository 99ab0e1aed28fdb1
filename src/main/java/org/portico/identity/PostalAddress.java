package org.portico.identity;

/**
 * A postal address of an account.
 *
 * @param country ISO 3166 two-letter code, for example {@code CN}
 */
public record PostalAddress(String line1, String line2, String city, String region,
        String postalCode, String country) {
}
