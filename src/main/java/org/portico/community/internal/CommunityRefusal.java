package org.portico.community.internal;

import org.portico.platform.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A community rule said no (suspended, too many posts, not allowed); the message key names the
 * reason in the reader's language.
 *
 * @see PostingRules
 */
class CommunityRefusal extends RuntimeException implements Refusal {

    private final String messageKey;

    CommunityRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(messageKey);
    }
}
