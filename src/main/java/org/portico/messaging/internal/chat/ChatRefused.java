package org.portico.messaging.internal.chat;

/**
 * A message or request the chat does not take, with the bundle key that tells the user why.
 */
class ChatRefused extends RuntimeException {

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
}
