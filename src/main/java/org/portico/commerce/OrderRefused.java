package org.portico.commerce;

import org.portico.platform.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An action on an order that its status or the person's role does not allow, explained by a
 * message key: cancelling a fulfilled order is a conflict (409); a member cancelling a
 * colleague's order, which they may see, is forbidden (403).
 */
public class OrderRefused extends RuntimeException implements Refusal {

    private final String messageKey;
    private final HttpStatus status;

    /** A conflict with the order's state. */
    public OrderRefused(String messageKey, String detail) {
        this(messageKey, detail, HttpStatus.CONFLICT);
    }

    private OrderRefused(String messageKey, String detail, HttpStatus status) {
        super(detail);
        this.messageKey = messageKey;
        this.status = status;
    }

    /** Something the person's role does not allow on an order they may see. */
    public static OrderRefused forbidden(String messageKey, String detail) {
        return new OrderRefused(messageKey, detail, HttpStatus.FORBIDDEN);
    }

    /** A key of the {@code commerce} bundle, for example {@code commerce.refused.status}. */
    public String messageKey() {
        return messageKey;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(messageKey);
    }
}
