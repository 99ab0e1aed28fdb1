package org.portico.knowledge.internal;

/**
 * An article body ready to show and to index.
 *
 * @param title the text of the first level-1 heading (removed from the body), or null
 * @param html sanitised HTML
 * @param text the body as plain text
 * @param summary the start of the text, for lists and suggestions
 */
record RenderedMarkdown(String title, String html, String text, String summary) {
}
