package org.portico.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.portico.identity.AccountDetails;
import org.portico.identity.CompanyDetails;
import org.portico.identity.PostalAddress;
import org.portico.identity.TaxId;

/**
 * The company details as typed in the form or sent to the API, kept as typed until valid.
 */
public class AccountForm {

    /** At most this many tax identifiers per account. */
    static final int MAX_TAX_IDS = 5;

    private String name = "";
    private AddressForm billing = new AddressForm();
    private AddressForm shipping = new AddressForm();
    private Long billingContactId;
    private List<TaxIdForm> taxIds = new ArrayList<>();

    static AccountForm of(AccountDetails details) {
        CompanyDetails company = details.company();
        AccountForm form = new AccountForm();
        form.name = company.name();
        form.billing = AddressForm.of(company.billingAddress(), details.country());
        form.shipping = AddressForm.of(company.shippingAddress(), details.country());
        form.billingContactId = company.billingContactId();
        company.taxIds().forEach(t -> form.taxIds.add(new TaxIdForm(t.scheme(), t.value())));
        return form;
    }

    /** Adds empty tax-id rows so the form always offers one more, up to the maximum. */
    AccountForm withRoomForAnotherTaxId() {
        taxIds.removeIf(TaxIdForm::isBlank);
        if (taxIds.size() < MAX_TAX_IDS) {
            taxIds.add(new TaxIdForm());
        }
        return this;
    }

    /** The details to store: trimmed, postal codes and tax ids in upper case, blanks dropped. */
    CompanyDetails toDetails() {
        List<TaxId> ids = taxIds.stream().filter(t -> !t.isBlank())
                .map(t -> new TaxId(t.getScheme(), TaxIdForm.normalise(t.getValue())))
                .toList();
        return new CompanyDetails(name.trim(), billing.toAddress(), shipping.toAddress(),
                billingContactId, ids);
    }

    static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AddressForm getBilling() {
        return billing;
    }

    public void setBilling(AddressForm billing) {
        this.billing = billing == null ? new AddressForm() : billing;
    }

    public AddressForm getShipping() {
        return shipping;
    }

    public void setShipping(AddressForm shipping) {
        this.shipping = shipping == null ? new AddressForm() : shipping;
    }

    public Long getBillingContactId() {
        return billingContactId;
    }

    public void setBillingContactId(Long billingContactId) {
        this.billingContactId = billingContactId;
    }

    public List<TaxIdForm> getTaxIds() {
        return taxIds;
    }

    public void setTaxIds(List<TaxIdForm> taxIds) {
        // JSON may send null for the list or an entry; both mean "nothing given"
        this.taxIds = taxIds == null ? new ArrayList<>()
                : taxIds.stream().filter(Objects::nonNull)
                        .collect(Collectors.toCollection(ArrayList::new));
    }

    /** One postal address in the form. */
    public static class AddressForm {

        private String line1 = "";
        private String line2 = "";
        private String city = "";
        private String region = "";
        private String postalCode = "";
        private String country = "";

        static AddressForm of(PostalAddress address, String defaultCountry) {
            AddressForm form = new AddressForm();
            if (address == null) {
                form.country = defaultCountry;
                return form;
            }
            form.line1 = address.line1();
            form.line2 = address.line2() == null ? "" : address.line2();
            form.city = address.city();
            form.region = address.region() == null ? "" : address.region();
            form.postalCode = address.postalCode();
            form.country = address.country();
            return form;
        }

        PostalAddress toAddress() {
            return new PostalAddress(trim(line1), emptyToNull(line2), trim(city),
                    emptyToNull(region), trim(postalCode).toUpperCase(Locale.ROOT),
                    trim(country).toUpperCase(Locale.ROOT));
        }

        private static String emptyToNull(String value) {
            String trimmed = trim(value);
            return trimmed.isEmpty() ? null : trimmed;
        }

        public String getLine1() {
            return line1;
        }

        public void setLine1(String line1) {
            this.line1 = line1;
        }

        public String getLine2() {
            return line2;
        }

        public void setLine2(String line2) {
            this.line2 = line2;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    /** One tax identifier row in the form. */
    public static class TaxIdForm {

        private String scheme = "";
        private String value = "";

        public TaxIdForm() {
        }

        TaxIdForm(String scheme, String value) {
            this.scheme = scheme;
            this.value = value;
        }

        boolean isBlank() {
            return trim(value).isEmpty();
        }

        static String normalise(String value) {
            return trim(value).replace(" ", "").toUpperCase(Locale.ROOT);
        }

        public String getScheme() {
            return scheme;
        }

        public void setScheme(String scheme) {
            this.scheme = scheme;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }
}
