package org.portico.knowledge;

import java.util.Locale;
import java.util.Optional;

/**
 * The text of a published public article, for pasting into a reply to a customer.
 */
public interface ArticleTexts {

    /**
     * The article's body as plain text (at most a few thousand characters), in the given
     * language when it has that translation; empty for an address that is not a public
     * published article of the site.
     *
     * @param url the article's address, as in {@link ArticleSuggestion#url()}
     */
    Optional<String> plainText(String site, String url, Locale locale);
}
