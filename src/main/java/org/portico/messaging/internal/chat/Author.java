package org.portico.messaging.internal.chat;

/**
 * Who wrote a chat message.
 */
enum Author {
    CUSTOMER, BOT, AGENT, SYSTEM
}
