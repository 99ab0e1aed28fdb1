package org.portico.knowledge;

import java.util.EnumSet;
import java.util.Set;

import org.portico.identity.PorticoUser;

/**
 * Who may read an article: everyone, signed-in customers (individuals and business contacts),
 * business contacts only, or staff only (agents and the other console roles).
 */
public enum Visibility {
    PUBLIC, CUSTOMERS, BUSINESS, INTERNAL;

    /** What this reader may see; {@code null} is an anonymous visitor. */
    public static Set<Visibility> readableBy(PorticoUser reader) {
        if (reader == null) {
            return EnumSet.of(PUBLIC);
        }
        if (reader.role().isStaff()) {
            return EnumSet.allOf(Visibility.class);
        }
        if (reader.role().isBusinessContact()) {
            return EnumSet.of(PUBLIC, CUSTOMERS, BUSINESS);
        }
        return EnumSet.of(PUBLIC, CUSTOMERS);
    }
}
