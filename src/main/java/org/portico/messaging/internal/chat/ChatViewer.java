package org.portico.messaging.internal.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.portico.identity.PorticoUser;

/**
 * The customer side of a chat: a signed-in customer, a visitor known by the secret token their
 * browser made, or both.
 *
 * @param user the signed-in person, or {@code null}
 * @param token the visitor's secret token, or {@code null}
 */
record ChatViewer(PorticoUser user, String token) {

    static final int MIN_TOKEN = 24;

    boolean hasToken() {
        return token != null && token.length() >= MIN_TOKEN && token.length() <= 200;
    }

    /** The stored form of the token, never the token itself. */
    String tokenHash() {
        return hasToken() ? sha256(token) : null;
    }

    boolean owns(Chat chat) {
        boolean asUser = user != null && chat.customerUserId() != null
                && chat.customerUserId() == user.id();
        return asUser || chat.visitorHash() != null && chat.visitorHash().equals(tokenHash());
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
