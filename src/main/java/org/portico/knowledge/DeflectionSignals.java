package org.portico.knowledge;

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

    /** The visitor of the current request sent the form: this journey avoided nothing. */
    void formSent(String site, String form);
}
