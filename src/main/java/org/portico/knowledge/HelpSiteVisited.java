package org.portico.knowledge;

import java.time.Instant;

/**
 * A visitor opened a page of a customer site: the start page, a search or a help article.
 *
 * @param visitor an opaque key of the visitor (a hash, never a session id or an address)
 * @param usage what the page was
 */
public record HelpSiteVisited(String site, String visitor, Usage usage, Instant at) {

    /** The kind of page; {@code SEARCH} and {@code ARTICLE} are self-service. */
    public enum Usage {
        PAGE, SEARCH, ARTICLE;

        public boolean isSelfService() {
            return this != PAGE;
        }
    }
}
