package org.portico.messaging.internal.chat;

/**
 * A message about to be stored.
 */
record NewLine(String body, String linkTitle, String linkUrl, String action, String clientRef) {

    static NewLine text(String body, String clientRef) {
        return new NewLine(body, null, null, null, clientRef);
    }

    static NewLine offering(String body, String action) {
        return new NewLine(body, null, null, action, null);
    }
}
