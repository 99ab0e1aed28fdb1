package org.portico.messaging.internal.chat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over WebSocket at {@code /ws/chat}. One node keeps subscriptions in memory; with
 * {@code portico.chat.relay.enabled=true} every node relays to RabbitMQ's STOMP plugin, so a
 * customer on one node and an agent on another meet on the same topic.
 */
@Configuration
@EnableWebSocketMessageBroker
@ConditionalOnWebApplication
class ChatWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws/chat";

    private final ChatProperties properties;
    private final ChatStompAccess stompAccess;

    ChatWebSocketConfiguration(ChatProperties properties, ChatStompAccess stompAccess) {
        this.properties = properties;
        this.stompAccess = stompAccess;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.setPreserveReceiveOrder(true);
        registry.addEndpoint(ENDPOINT)
                .setAllowedOriginPatterns(properties.allOrigins().toArray(String[]::new));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.setPreservePublishOrder(true);
        ChatProperties.Relay relay = properties.relay();
        if (relay.enabled()) {
            registry.enableStompBrokerRelay("/topic")
                    .setRelayHost(relay.host()).setRelayPort(relay.port())
                    .setClientLogin(relay.login()).setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login()).setSystemPasscode(relay.passcode())
                    .setVirtualHost(relay.virtualHost());
        } else {
            registry.enableSimpleBroker("/topic");
        }
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(stompAccess.inbound());
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(stompAccess.outbound());
    }
}
