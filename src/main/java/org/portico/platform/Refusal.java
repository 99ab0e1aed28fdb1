package org.portico.platform;

import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An exception that says why a request was refused, in words from the message bundles. The
 * platform answers it in one place: in the API as {@code application/problem+json} with the
 * status, the reason in the caller's language and, for a request with wrong fields, a message
 * per field.
 */
public interface Refusal {

    /** The HTTP status of the answer: 400 for a wrong request, 409 for a conflict … */
    HttpStatus status();

    /** Why, as a bundle key and its arguments. */
    MessageSourceResolvable reason();

    /** What is wrong with each field, when the request had wrong fields. */
    default Map<String, ? extends MessageSourceResolvable> fields() {
        return Map.of();
    }
}
