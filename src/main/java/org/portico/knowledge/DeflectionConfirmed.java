package org.portico.knowledge;

import java.time.Instant;

/**
 * A visitor said a suggested article answered their question, and left the form unsent: a
 * case (or chat, or community question) avoided.
 */
public record DeflectionConfirmed(String site, String form, long journey, String slug,
        Instant at) {
}
