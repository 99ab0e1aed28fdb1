package org.portico.knowledge;

/**
 * An article found by a site search, for pages that list articles among other results.
 *
 * @param url the article's address on the site
 * @param snippetHtml an extract, HTML-escaped, with the matched words in {@code <mark>}
 * @param score the search engine's relevance score (comparable with other Lucene scores of
 *     the same kind of query, not across sites or engines)
 */
public record FoundArticle(String title, String url, String snippetHtml, float score) {
}
