package org.portico.commerce;

import java.util.Map;
import java.util.TreeMap;

import org.portico.platform.InvalidRequest;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Input that cannot become an order or a cart line: for each field in error, the message key
 * that explains it (fields such as {@code quantity}, {@code items[0].quantity},
 * {@code poNumber}, {@code idempotencyKey}).
 */
public class InvalidOrder extends InvalidRequest {

    private final transient Map<String, String> fieldErrors;

    public InvalidOrder(Map<String, String> fieldErrors) {
        super(resolvable(fieldErrors));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static Map<String, DefaultMessageSourceResolvable> resolvable(
            Map<String, String> fieldErrors) {
        Map<String, DefaultMessageSourceResolvable> fields = new TreeMap<>();
        fieldErrors.forEach((field, key) -> fields.put(field,
                new DefaultMessageSourceResolvable(key)));
        return fields;
    }
}
