package org.portico.commerce.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.portico.commerce.InvalidOrder;

/**
 * The rules for what people type into an order: whole quantities from 1 to 999, an optional
 * purchase-order number of at most 40 letters, digits, spaces and {@code . _ / # -}, and an
 * idempotency key of 8 to 64 letters, digits and dashes. Collects one message key per field.
 */
final class OrderInput {

    static final int MAX_QUANTITY = 999;

    private static final Pattern QUANTITY = Pattern.compile("\\d{1,3}");
    private static final Pattern PO_NUMBER = Pattern.compile("[A-Za-z0-9 ._/#-]{1,40}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The quantity typed, or 0 after recording an error for {@code field}. */
    int quantity(String field, Object raw) {
        String text = raw == null ? "" : raw.toString().strip();
        if (QUANTITY.matcher(text).matches() && isInRange(Integer.parseInt(text))) {
            return Integer.parseInt(text);
        }
        reject(field, "commerce.quantity.invalid");
        return 0;
    }

    void checkQuantity(String field, int quantity) {
        if (!isInRange(quantity)) {
            reject(field, "commerce.quantity.invalid");
        }
    }

    /** The purchase-order number, or {@code null} when none was given. */
    String poNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (!PO_NUMBER.matcher(text).matches()) {
            reject("poNumber", "commerce.po.invalid");
        }
        return text;
    }

    String idempotencyKey(String raw) {
        if (raw == null || !KEY.matcher(raw).matches()) {
            reject("idempotencyKey", "commerce.key.invalid");
        }
        return raw;
    }

    void reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    /** @throws InvalidOrder when any field was rejected */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidOrder(errors);
        }
    }

    private static boolean isInRange(int quantity) {
        return quantity >= 1 && quantity <= MAX_QUANTITY;
    }
}
