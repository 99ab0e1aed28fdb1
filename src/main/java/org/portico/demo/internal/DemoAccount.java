package org.portico.demo.internal;

import java.time.LocalDate;

/**
 * A generated customer account of the demo organisation.
 */
record DemoAccount(String name, String kind, LocalDate customerSince) {
}
