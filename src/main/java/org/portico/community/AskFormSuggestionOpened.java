package org.portico.community;

import java.time.Instant;

/**
 * Someone opened a question or an article suggested on the ask form.
 *
 * @param url the address of what was opened, for example {@code /s/help/articles/budgets}
 */
public record AskFormSuggestionOpened(String site, Long userId, String url, Instant at) {
}
