package org.portico.messaging;

/**
 * What the bot answers.
 *
 * @param intent the recognised intent, or {@code oos} when the bot did not understand
 * @param confidence the model's confidence, 0 to 1
 * @param text the answer, plain text in the customer's language
 * @param linkTitle title of an article or page the answer points to, or {@code null}
 * @param linkUrl its address, or {@code null}
 * @param action what the chat should do next
 */
public record BotTurn(String intent, double confidence, String text, String linkTitle,
        String linkUrl, Action action) {

    /** What the chat does after the bot's turn. */
    public enum Action {
        /** Keep chatting with the bot. */
        CONTINUE,
        /** The answer came from an article: ask "Did this help?"; yes is a confirmed deflection. */
        ASK_IF_HELPFUL,
        /** Hand the chat to a person, with the transcript and what the bot learned. */
        HAND_OVER,
        /** Offer to turn the chat into a case. */
        OPEN_CASE
    }
}
