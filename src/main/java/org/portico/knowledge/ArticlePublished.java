package org.portico.knowledge;

import java.time.Instant;

/** A version of an article became the one readers see (published now or as scheduled). */
public record ArticlePublished(String site, String slug, String language, int version,
        Instant at) {
}
