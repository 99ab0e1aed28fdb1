package org.portico.knowledge.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.sites.ComponentView;
import org.portico.sites.SiteComponent;
import org.portico.sites.SiteView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The help block of a site's home page: a search box, the topics, and the newest and most
 * read articles.
 */
@Component
class KnowledgeHome implements SiteComponent {

    private static final int LISTED = 5;

    private final KnowledgeCatalog catalog;

    KnowledgeHome(KnowledgeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(SiteView site) {
        return true;
    }

    @Override
    public Optional<ComponentView> render(SiteView site, Authentication visitor, Locale locale) {
        return Optional.of(new ComponentView("knowledge/home", "help", Map.of(
                "topics", catalog.topics(site.slug(), Readers.of(visitor)),
                "latest", catalog.latest(site.slug(), locale, LISTED, Readers.of(visitor)),
                "popular", catalog.popular(site.slug(), locale, LISTED,
                        Readers.of(visitor)))));
    }
}
