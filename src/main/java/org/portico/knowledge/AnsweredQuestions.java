package org.portico.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * Answered questions of another part of the site (the community) that the knowledge base
 * offers beside its articles wherever a customer is about to ask for help. The knowledge
 * module defines this port and the community module implements it, so that the knowledge
 * module never depends on the community.
 */
public interface AnsweredQuestions {

    /**
     * Visible questions with an accepted or an official answer that match the text, best
     * first; never fails on odd input.
     */
    List<Suggested> suggest(String site, String text, Locale locale, int limit);

    /** Whether this question of the site is visible and answered (it may be offered). */
    boolean isAnswered(String site, long questionId);

    /**
     * A question offered as a suggestion.
     *
     * @param url the question's page on the site
     * @param snippet a short extract of the question, plain text
     * @param score the search engine's relevance score
     */
    record Suggested(long id, String title, String url, String snippet, float score) {
    }
}
