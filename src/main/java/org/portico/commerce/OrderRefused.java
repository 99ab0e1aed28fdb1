package org.portico.commerce;

import org.portico.platform.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An action on an order that its status or the person's role does not allow, for example
 * cancelling a fulfilled order: a conflict (409), explained by a message key.
 */
public class OrderRefused extends RuntimeException implements Refusal {

    private final String messageKey;

    public OrderRefused(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** A key of the {@code commerce} bundle, for example {@code commerce.refused.status}. */
    public String messageKey() {
        return messageKey;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(messageKey);
    }
}
