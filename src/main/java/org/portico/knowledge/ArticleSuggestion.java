package org.portico.knowledge;

/**
 * An article offered to a customer who is about to ask for help.
 *
 * @param url the article's address on the site, for example {@code /s/help/articles/budgets}
 * @param snippet a short extract, plain text
 */
public record ArticleSuggestion(String title, String url, String snippet) {
}
