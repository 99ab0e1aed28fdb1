package org.portico.demo.internal;

import java.time.LocalDate;

/**
 * A generated customer account of the demo organisation, with the currency and country its
 * money is kept in.
 */
record DemoAccount(String name, String kind, LocalDate customerSince, String currency,
        String country) {
}
