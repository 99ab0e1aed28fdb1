package org.portico.knowledge.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

import org.portico.knowledge.ArticleTexts;
import org.portico.knowledge.Visibility;
import org.portico.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** Public articles as plain text, from the catalogue readers browse. */
@Service
class CatalogTexts implements ArticleTexts {

    static final int MAX_LENGTH = 4000;

    private final KnowledgeCatalog catalog;

    CatalogTexts(KnowledgeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> plainText(String site, String url, Locale locale) {
        String prefix = "/s/" + site + "/articles/";
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            KnowledgeCatalog.ArticlePage page = catalog.find(site,
                    url.substring(prefix.length()), locale, EnumSet.of(Visibility.PUBLIC));
            String text = page.title() + "\n\n" + MarkdownRenderer.plainText(page.html());
            return Optional.of(text.length() > MAX_LENGTH
                    ? text.substring(0, MAX_LENGTH) + "…" : text);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
