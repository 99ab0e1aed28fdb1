package org.portico.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * Published articles that match what a customer is typing (a case subject, a chat question).
 */
public interface KnowledgeSuggestions {

    /**
     * Best matches first; never fails on odd input, returns an empty list instead.
     *
     * @param site slug of the site whose articles may be suggested
     */
    List<ArticleSuggestion> suggest(String site, String text, Locale locale, int limit);
}
