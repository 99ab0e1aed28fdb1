package org.portico.knowledge;

import java.util.List;
import java.util.Locale;

import org.portico.identity.PorticoUser;

/**
 * Published articles that match what a customer is typing (a case subject, a chat question).
 */
public interface KnowledgeSuggestions {

    /**
     * Best matches first among the articles everyone may read; never fails on odd input,
     * returns an empty list instead.
     *
     * @param site slug of the site whose articles may be suggested
     */
    List<ArticleSuggestion> suggest(String site, String text, Locale locale, int limit);

    /**
     * The same, among the articles this reader may read ({@link Visibility#readableBy}).
     *
     * @param reader the signed-in person, or {@code null} for an anonymous visitor
     */
    List<ArticleSuggestion> suggest(String site, String text, Locale locale, int limit,
            PorticoUser reader);

    /**
     * Suggestions for a form where a customer is about to ask for help: the best articles
     * everyone may read, then answered community questions ({@link AnsweredQuestions}), each
     * as a suggestion with its address.
     */
    List<ArticleSuggestion> suggestWithAnswers(String site, String text, Locale locale,
            int articles, int questions);

    /**
     * Articles of a site search with highlighted extracts, best first, among those this reader
     * may read; never fails on odd input.
     *
     * @param reader the signed-in person, or {@code null} for an anonymous visitor
     */
    List<FoundArticle> find(String site, String text, Locale locale, int limit,
            PorticoUser reader);
}
