package org.portico.identity;

import java.util.List;

/**
 * What an account's administrators keep current about their company.
 *
 * @param billingAddress {@code null} when not given yet
 * @param shippingAddress {@code null} when not given yet
 * @param billingContactId user id of one of the account's contacts, or {@code null}
 */
public record CompanyDetails(String name, PostalAddress billingAddress,
        PostalAddress shippingAddress, Long billingContactId, List<TaxId> taxIds) {

    public CompanyDetails {
        taxIds = List.copyOf(taxIds);
    }
}
