package org.portico.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * A request with wrong fields: answered 400 with a message per field in the caller's language
 * (see {@link Refusal}).
 */
public class InvalidRequest extends RuntimeException implements Refusal {

    private final transient Map<String, MessageSourceResolvable> fields;

    /** The field's name and what is wrong with it (a bundle key and its arguments). */
    public InvalidRequest(Map<String, ? extends MessageSourceResolvable> fields) {
        super("Invalid fields " + fields.keySet());
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The first error of each field of a validated request; errors of the whole request
     * stand under {@code wholeRequest} (for example the header they are about).
     */
    public static InvalidRequest of(Errors errors, String wholeRequest) {
        Map<String, MessageSourceResolvable> fields = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), error);
        }
        if (errors.hasGlobalErrors()) {
            fields.putIfAbsent(wholeRequest, errors.getGlobalError());
        }
        return new InvalidRequest(fields);
    }

    /** One wrong field with the bundle key that says what is wrong. */
    public static InvalidRequest field(String field, String messageKey, Object... arguments) {
        return new InvalidRequest(Map.of(field, new DefaultMessageSourceResolvable(
                new String[] {messageKey}, arguments)));
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable("problem.detail.invalid");
    }

    @Override
    public Map<String, MessageSourceResolvable> fields() {
        return fields;
    }
}
