package org.portico.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * Checks company details at the edge. Error codes are message keys of the identity bundle, so
 * each error is shown beside its field in the reader's language.
 */
final class AccountFormValidator {

    static final List<String> SCHEMES =
            List.of("US_EIN", "CN_USCC", "GB_VAT", "DE_VAT", "EU_VAT", "OTHER");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Map<String, Pattern> POSTAL_CODES = Map.of(
            "US", Pattern.compile("\\d{5}(-\\d{4})?"),
            "CN", Pattern.compile("\\d{6}"),
            "GB", Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"),
            "DE", Pattern.compile("\\d{5}"));

    private static final Map<String, Pattern> TAX_IDS = Map.of(
            "US_EIN", Pattern.compile("\\d{2}-\\d{7}"),
            "CN_USCC", Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{18}"),
            "GB_VAT", Pattern.compile("GB(\\d{9}|\\d{12})"),
            "DE_VAT", Pattern.compile("DE\\d{9}"),
            "EU_VAT", Pattern.compile("[A-Z]{2}[0-9A-Z]{2,12}"),
            "OTHER", Pattern.compile("[0-9A-Z./-]{1,40}"));

    private AccountFormValidator() {
    }

    /**
     * @param contactIds the active contacts of the account, one of whom may be billing contact
     */
    static void validate(AccountForm form, Set<Long> contactIds, Errors errors) {
        required(errors, "name", form.getName(), 200);
        address(errors, "billing", form.getBilling());
        address(errors, "shipping", form.getShipping());
        if (form.getBillingContactId() == null
                || !contactIds.contains(form.getBillingContactId())) {
            errors.rejectValue("billingContactId", "account.error.billing-contact");
        }
        taxIds(errors, form.getTaxIds());
    }

    private static void address(Errors errors, String prefix, AccountForm.AddressForm address) {
        required(errors, prefix + ".line1", address.getLine1(), 120);
        optional(errors, prefix + ".line2", address.getLine2(), 120);
        required(errors, prefix + ".city", address.getCity(), 80);
        optional(errors, prefix + ".region", address.getRegion(), 80);
        String country = AccountForm.trim(address.getCountry()).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            errors.rejectValue(prefix + ".country", "account.error.country");
        }
        String postal = AccountForm.trim(address.getPostalCode()).toUpperCase(Locale.ROOT);
        if (!required(errors, prefix + ".postalCode", postal, 20)) {
            return;
        }
        Pattern format = POSTAL_CODES.get(country);
        if (format != null && !format.matcher(postal).matches()) {
            errors.rejectValue(prefix + ".postalCode", "account.error.postal." + country);
        }
    }

    private static void taxIds(Errors errors, List<AccountForm.TaxIdForm> taxIds) {
        if (taxIds.stream().allMatch(AccountForm.TaxIdForm::isBlank)) {
            errors.rejectValue(taxIds.isEmpty() ? "taxIds" : "taxIds[0].value", "NotBlank");
            return;
        }
        if (taxIds.size() > AccountForm.MAX_TAX_IDS) {
            errors.rejectValue("taxIds", "account.error.tax-ids.too-many",
                    new Object[] {AccountForm.MAX_TAX_IDS}, null);
            return;
        }
        for (int i = 0; i < taxIds.size(); i++) {
            AccountForm.TaxIdForm taxId = taxIds.get(i);
            if (taxId.isBlank()) {
                continue;
            }
            Pattern format = TAX_IDS.get(taxId.getScheme());
            if (format == null) {
                errors.rejectValue("taxIds[" + i + "].scheme", "NotNull");
            } else if (!format.matcher(AccountForm.TaxIdForm.normalise(taxId.getValue()))
                    .matches()) {
                errors.rejectValue("taxIds[" + i + "].value",
                        "account.error.tax-id." + taxId.getScheme());
            }
        }
    }

    private static boolean required(Errors errors, String field, String value, int max) {
        if (AccountForm.trim(value).isEmpty()) {
            errors.rejectValue(field, "NotBlank");
            return false;
        }
        return optional(errors, field, value, max);
    }

    private static boolean optional(Errors errors, String field, String value, int max) {
        if (AccountForm.trim(value).length() > max) {
            errors.rejectValue(field, "account.error.too-long", new Object[] {max}, null);
            return false;
        }
        return true;
    }
}
