package org.portico.messaging.internal.bot;

/**
 * What the bot does when it recognises an intent. Built-in intents carry a task of their own;
 * intents added by administrators answer with their fixed text ({@link #ANSWER}).
 */
public enum BotTask {
    GREETING, HAND_OVER, CASE_STATUS, OPEN_CASE, RESET_PASSWORD, ORDER_STATUS, ANSWER
}
