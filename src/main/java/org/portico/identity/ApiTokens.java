package org.portico.identity;

/**
 * API tokens that sign requests in as their user ({@code Authorization: Bearer <token>}).
 * Only a hash of each token is stored.
 */
public interface ApiTokens {

    /** Issues a token for a user and returns it in clear text: the only time it is shown. */
    String issue(long userId, String name);
}
