package org.portico.knowledge;

import java.util.List;
import java.util.Set;

/**
 * Tells the knowledge base what happened to a form that offered articles, so that it can count
 * cases avoided. The suggestions themselves come from {@code /s/{site}/deflection/{form}}
 * (an htmx fragment that records what it shows and what is opened); a form calls
 * {@link #formSent} when the visitor sends it after all. Forms are named by short keys such as
 * {@link #CASE_FORM}. Calls outside a web request do nothing.
 */
public interface DeflectionSignals {

    String CASE_FORM = "case";
    String PRE_CHAT_FORM = "chat";
    String COMMUNITY_FORM = "community";

    /** Every form that offers suggestions; signals name one of these. */
    Set<String> FORMS = Set.of(CASE_FORM, PRE_CHAT_FORM, COMMUNITY_FORM);

    /** The visitor of the current request sent the form: this journey avoided nothing. */
    void formSent(String site, String form);

    /*
     * The same journey for forms outside the sites' pages, such as the chat widget on another
     * origin, where there is no web session: the caller names the visitor with a stable key of
     * its own (at most 80 characters, never a secret itself).
     */

    /** Articles (by slug, best first) were suggested to the visitor on the form. */
    void shown(String site, String form, String visitor, List<String> slugs);

    /** The visitor opened a suggested article. */
    void opened(String site, String form, String visitor, String slug);

    /** The visitor said the article answered their question: a confirmed deflection. */
    void confirmed(String site, String form, String visitor, String slug);

    /** The visitor sent the form after all: this journey avoided nothing. */
    void formSent(String site, String form, String visitor);
}
