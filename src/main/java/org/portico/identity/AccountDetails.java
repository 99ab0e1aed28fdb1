package org.portico.identity;

/**
 * An account with its company details, as the portal and the console show it.
 *
 * @param kind {@code PERSON} or {@code BUSINESS}
 * @param billingContactName display name of the billing contact, or {@code null}
 */
public record AccountDetails(long id, String kind, String currency, String country,
        CompanyDetails company, String billingContactName) {

    public String name() {
        return company.name();
    }
}
