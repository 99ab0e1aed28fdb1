/**
 * Help articles: writing and importing them, showing them on the customer sites, searching
 * them (pages, {@code /api/v1/search}) and suggesting them while a customer types.
 *
 * <p>Known limits: with the embedded Lucene backend every node keeps its own index, and a
 * re-index requested by a command-line import is done by the first node that sees it; while
 * that mass indexing runs (about a second for a few hundred articles) searches may miss
 * articles. Search covers both languages and favours the reader's; a site's topics are named
 * from the imported folder names, not translated.
 */
package org.portico.knowledge;
