package org.portico.messaging;

/**
 * The bot that answers a customer's chat message before a person does.
 */
public interface ChatBot {

    /** The bot's next turn; never throws on odd input and never guesses below its threshold. */
    BotTurn reply(BotRequest request);
}
