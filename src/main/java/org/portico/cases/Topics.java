package org.portico.cases;

import java.util.List;

/**
 * The topics a case can be about. Their names are in the message bundles under
 * {@code topic.<key>} (shared with the knowledge base).
 */
public final class Topics {

    public static final List<String> KEYS = List.of("budgets", "bills", "taxes", "deductions",
            "sales-tax", "payroll", "bookkeeping", "account");

    private Topics() {
    }

    public static boolean isKnown(String key) {
        return key != null && KEYS.contains(key);
    }

    /** The message key of a topic's name. */
    public static String messageKey(String key) {
        return "topic." + key;
    }
}
