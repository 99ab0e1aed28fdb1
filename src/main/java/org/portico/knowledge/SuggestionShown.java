package org.portico.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * Articles were suggested on a form.
 *
 * @param journey the visitor's journey on this form, shared by the signals that follow
 * @param slugs the suggested articles, best first
 */
public record SuggestionShown(String site, String form, long journey, List<String> slugs,
        Instant at) {
}
