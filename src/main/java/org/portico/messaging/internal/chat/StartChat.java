package org.portico.messaging.internal.chat;

/**
 * What the widget's pre-chat form sends.
 *
 * @param name the visitor's name (ignored for a signed-in customer)
 * @param email the visitor's address (ignored for a signed-in customer)
 * @param question the first message, or empty
 */
record StartChat(String site, String name, String email, String question) {
}
