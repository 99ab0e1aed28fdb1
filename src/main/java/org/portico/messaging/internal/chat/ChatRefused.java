package org.portico.messaging.internal.chat;

import org.portico.platform.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A message or request the chat does not take, with the bundle key that tells the user why.
 */
class ChatRefused extends RuntimeException implements Refusal {

    private final String key;
    private final transient Object[] arguments;

    ChatRefused(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments;
    }

    /** A chat someone else took is a conflict; anything else a wrong request. */
    @Override
    public HttpStatus status() {
        return key.equals("chat.refused.taken") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    @Override
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
