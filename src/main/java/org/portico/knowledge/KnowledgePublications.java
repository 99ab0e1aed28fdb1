package org.portico.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * When articles were published, for reports that compare before and after an article appeared.
 */
public interface KnowledgePublications {

    /** The site's published articles, newest publication first (one entry per slug). */
    List<Publication> published(String site);

    /**
     * Records that an article first appeared at {@code publishedAt}, for articles that existed
     * before Portico knew about them (a migration, the demo organisation).
     */
    void backdate(String site, String slug, Instant publishedAt);

    /** A published article; {@code topic} is its topic key. */
    record Publication(String site, String slug, String title, String topic,
            Instant publishedAt) {
    }
}
