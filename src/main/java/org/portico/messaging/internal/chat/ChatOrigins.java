package org.portico.messaging.internal.chat;

import java.net.URI;

import org.springframework.stereotype.Component;

/**
 * Which web pages may start a site's chat: the site's own address, and the origins configured
 * for it ({@code portico.chat.allowed-origins.<site>}).
 */
@Component
class ChatOrigins {

    private final ChatProperties properties;

    ChatOrigins(ChatProperties properties) {
        this.properties = properties;
    }

    void check(String site, String origin, String host) {
        if (origin == null || origin.isBlank() || sameHost(origin, host)
                || properties.originsOf(site).contains(origin)) {
            return;
        }
        throw new ChatRefused("chat.refused.origin");
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost()
                    : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
