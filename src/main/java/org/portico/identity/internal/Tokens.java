package org.portico.identity.internal;

import org.portico.platform.SecretTokens;

/**
 * Secret tokens for links sent by email. The link carries the token; the database keeps only
 * its SHA-256 hash.
 */
final class Tokens {

    private Tokens() {
    }

    static String newToken() {
        return SecretTokens.newToken();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }

    /** Tokens from links are 43 characters; anything far longer is not worth hashing. */
    static boolean plausible(String token) {
        return token != null && !token.isEmpty() && token.length() <= 100;
    }
}
