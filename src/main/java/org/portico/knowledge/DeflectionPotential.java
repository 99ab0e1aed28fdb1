package org.portico.knowledge;

import java.time.Instant;

/**
 * A visitor opened a suggested article and did not send the form within 30 minutes: probably
 * a case avoided.
 *
 * @param openedAt when the suggestion was opened
 */
public record DeflectionPotential(String site, String form, long journey, String slug,
        Instant openedAt) {
}
