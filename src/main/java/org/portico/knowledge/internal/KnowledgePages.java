package org.portico.knowledge.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.portico.knowledge.ArticleSuggestion;
import org.portico.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The help articles of a site: search, article pages, their screenshots, and suggestions
 * for forms that want to offer articles while the visitor types.
 */
@Controller
class KnowledgePages {

    static final int SUGGESTIONS = 5;
    private static final int MIN_SUGGESTION_LENGTH = 3;
    /** Assets are shown in pages, never run: an SVG opened on its own cannot script. */
    private static final String ASSET_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final ArticleSearch search;
    private final KnowledgeCatalog catalog;
    private final KnowledgeAssets assets;

    KnowledgePages(ArticleSearch search, KnowledgeCatalog catalog, KnowledgeAssets assets) {
        this.search = search;
        this.catalog = catalog;
        this.assets = assets;
    }

    @GetMapping("/s/{site}/search")
    String search(@PathVariable("site") String site,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "topic", required = false) String topic,
            @RequestParam(name = "page", defaultValue = "1") String page, Locale locale,
            Model model) {
        String topicKey = topic == null ? null : topic.strip();
        model.addAttribute("results", search.search(site, query, topicKey, pageNumber(page),
                locale));
        model.addAttribute("topics", catalog.topics(site));
        return "knowledge/search";
    }

    @GetMapping("/s/{site}/articles/{slug}")
    String article(@PathVariable("site") String site, @PathVariable("slug") String slug,
            Locale locale, Model model) {
        model.addAttribute("article", catalog.read(site, slug, locale));
        return "knowledge/article";
    }

    @GetMapping("/s/{site}/kb-assets/{*path}")
    ResponseEntity<byte[]> asset(@PathVariable("site") String site,
            @PathVariable("path") String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        KnowledgeAssets.Asset asset = assets.find(site, name)
                .orElseThrow(() -> new NotFoundException("asset " + name));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .eTag(asset.contentHash())
                .header("Content-Security-Policy", ASSET_POLICY)
                .body(asset.bytes());
    }

    @GetMapping("/s/{site}/suggestions")
    String suggestions(@PathVariable("site") String site,
            @RequestParam(name = "q", required = false) String query, Locale locale,
            Model model) {
        String text = ArticleSearch.clean(query);
        List<ArticleSuggestion> found = text.length() < MIN_SUGGESTION_LENGTH ? List.of()
                : search.suggest(site, text, locale, SUGGESTIONS);
        model.addAttribute("suggestions", found);
        return "knowledge/suggestions :: list";
    }

    static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
