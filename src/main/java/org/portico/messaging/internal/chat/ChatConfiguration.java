package org.portico.messaging.internal.chat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The chat's settings, in the server and in command-line tools alike.
 */
@Configuration
@EnableConfigurationProperties(ChatProperties.class)
class ChatConfiguration {
}
