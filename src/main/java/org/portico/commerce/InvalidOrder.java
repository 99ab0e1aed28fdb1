package org.portico.commerce;

import java.util.Map;

/**
 * Input that cannot become an order or a cart line: for each field in error, the message key
 * that explains it (fields such as {@code quantity}, {@code items[0].quantity},
 * {@code poNumber}, {@code idempotencyKey}).
 */
public class InvalidOrder extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public InvalidOrder(Map<String, String> fieldErrors) {
        super("Invalid order input: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
