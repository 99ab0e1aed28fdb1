package org.portico.identity;

import java.time.Instant;

/**
 * A user to create; {@code password} is plain text and is hashed on the way in, or
 * {@code null} for someone who cannot sign in yet.
 */
public record NewUser(String email, String displayName, Role role, Long accountId,
        String password, String locale, String timeZone, Instant createdAt) {
}
