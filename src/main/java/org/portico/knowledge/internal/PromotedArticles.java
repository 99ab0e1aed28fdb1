package org.portico.knowledge.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.sites.ComponentView;
import org.portico.sites.SiteComponent;
import org.portico.sites.SiteView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The articles that authors promote on a site's home page, above the help block; shown only
 * when there are some that the visitor may read.
 */
@Component
class PromotedArticles implements SiteComponent {

    private final KnowledgeCatalog catalog;

    PromotedArticles(KnowledgeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public boolean appliesTo(SiteView site) {
        return true;
    }

    @Override
    public Optional<ComponentView> render(SiteView site, Authentication visitor, Locale locale) {
        List<KnowledgeCatalog.Listed> promoted = catalog.promoted(site.slug(), locale,
                Readers.of(visitor));
        return promoted.isEmpty() ? Optional.empty() : Optional.of(new ComponentView(
                "knowledge/home", "promoted", Map.of("articles", promoted)));
    }
}
