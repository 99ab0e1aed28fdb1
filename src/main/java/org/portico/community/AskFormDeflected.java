package org.portico.community;

import java.time.Instant;

/**
 * Someone said a suggestion on the ask form answered their question and left without asking.
 */
public record AskFormDeflected(String site, Long userId, Instant at) {
}
