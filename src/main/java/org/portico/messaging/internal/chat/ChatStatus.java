package org.portico.messaging.internal.chat;

/**
 * Where a chat stands: with the bot, waiting for a person, with an agent, or over.
 */
enum ChatStatus {
    BOT, WAITING, ACTIVE, ENDED;

    public boolean isOpen() {
        return this != ENDED;
    }
}
