package org.portico.messaging.internal.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portico.bot.*}.
 *
 * @param confidenceThreshold below this probability the bot does not guess an intent: it
 *        answers from an article when one matches, else offers a person
 *        ({@code PORTICO_BOT_CONFIDENCE_THRESHOLD})
 * @param sentenceEmbeddings whether the intent model also uses the in-process sentence model
 *        (better accuracy; about 100 MB of memory) ({@code PORTICO_BOT_SENTENCE_EMBEDDINGS})
 */
@ConfigurationProperties("portico.bot")
record BotSettings(@DefaultValue("0.3") double confidenceThreshold,
        @DefaultValue("true") boolean sentenceEmbeddings) {
}
