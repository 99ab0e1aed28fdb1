package org.portico.knowledge.internal;

import java.util.EnumSet;
import java.util.Locale;

import org.portico.knowledge.KnowledgeOverview;
import org.portico.knowledge.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts and most-read lists from the published articles.
 */
@Service
class CatalogOverview implements KnowledgeOverview {

    private final KnowledgeCatalog catalog;
    private final JdbcClient jdbc;

    CatalogOverview(KnowledgeCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Override
    public SiteKnowledge of(String site, Locale locale, int mostRead) {
        return new SiteKnowledge(site, published(site, "en"), published(site, "zh"),
                catalog.popular(site, locale, mostRead,
                        EnumSet.allOf(Visibility.class)).stream()
                        .map(a -> new ReadArticle(a.title(), a.url(), a.topic(), a.views()))
                        .toList());
    }

    private long published(String site, String language) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM article
                WHERE site = ? AND language = ? AND status = 'PUBLISHED'""")
                .params(site, language).query(Long.class).single();
    }
}
