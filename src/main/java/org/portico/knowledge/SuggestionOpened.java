package org.portico.knowledge;

import java.time.Instant;

/** A visitor opened an article suggested on a form. */
public record SuggestionOpened(String site, String form, long journey, String slug,
        Instant at) {
}
