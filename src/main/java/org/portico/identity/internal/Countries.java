package org.portico.identity.internal;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * ISO 3166 countries for the address forms, named and sorted in the reader's language.
 */
final class Countries {

    /** A country choice. */
    record Country(String code, String name) {
    }

    private Countries() {
    }

    static List<Country> all(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, order))
                .toList();
    }
}
