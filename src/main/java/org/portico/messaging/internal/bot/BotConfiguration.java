package org.portico.messaging.internal.bot;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the intent model's sentence encoder.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BotSettings.class)
class BotConfiguration {

    @Bean
    SentenceEncoder sentenceEncoder(BotSettings settings) {
        return settings.sentenceEmbeddings() ? new MiniLmSentenceEncoder() : SentenceEncoder.NONE;
    }
}
