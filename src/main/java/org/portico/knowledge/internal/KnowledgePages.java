package org.portico.knowledge.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.SuggestionThreshold;
import org.portico.knowledge.Visibility;
import org.portico.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The help articles of a site: search, article pages with their feedback, their files, and
 * suggestions for forms that want to offer articles while the visitor types. A reader sees
 * only what their visibility allows; anything else is not found.
 */
@Controller
class KnowledgePages {

    static final int SUGGESTIONS = 5;
    static final String READER_COOKIE = "portico_reader";
    /** Assets are shown in pages, never run: an SVG opened on its own cannot script. */
    private static final String ASSET_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; media-src 'self'; sandbox";
    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg",
            "image/gif", "image/webp", "image/x-icon", "application/pdf",
            "video/mp4", "video/webm");
    /**
     * Images a page may show through {@code <img>} (where they cannot script) that are never
     * opened inline on their own: typed as what they are, but sent as an attachment.
     */
    private static final Set<String> IMAGE_ONLY_TYPES = Set.of("image/svg+xml");

    private final ArticleSearch search;
    private final KnowledgeCatalog catalog;
    private final KnowledgeAssets assets;
    private final SearchLog searchLog;
    private final ArticleFeedback feedback;
    private final AssetAccess assetAccess;
    private final ArticleViews views;

    KnowledgePages(ArticleSearch search, KnowledgeCatalog catalog, KnowledgeAssets assets,
            SearchLog searchLog, ArticleFeedback feedback, AssetAccess assetAccess,
            ArticleViews views) {
        this.search = search;
        this.catalog = catalog;
        this.assets = assets;
        this.searchLog = searchLog;
        this.feedback = feedback;
        this.assetAccess = assetAccess;
        this.views = views;
    }

    @GetMapping("/s/{site}/search")
    String search(@PathVariable("site") String site,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "topic", required = false) String topic,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @AuthenticationPrincipal PorticoUser reader, Locale locale, Model model) {
        String topicKey = topic == null || topic.isBlank() ? null : topic.strip();
        Set<Visibility> readable = Readers.of(reader);
        int number = pageNumber(page);
        ArticleSearch.Results results = search.search(site, query, topicKey, number, locale,
                readable);
        if (results.pages() > 0 && number > results.pages()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/s/{site}/search")
                    .queryParam("q", results.query()).queryParamIfPresent("topic",
                            Optional.ofNullable(topicKey))
                    .queryParam("page", results.pages()).encode().buildAndExpand(site)
                    .toUriString();
        }
        if (number == 1 && topicKey == null) {
            searchLog.record(site, results.query(), results.total());
        }
        model.addAttribute("results", results);
        model.addAttribute("topics", catalog.topics(site, readable));
        return "knowledge/search";
    }

    @GetMapping("/s/{site}/articles/{slug}")
    String article(@PathVariable("site") String site, @PathVariable("slug") String slug,
            @RequestParam(name = "from", required = false) String from,
            @AuthenticationPrincipal PorticoUser reader, HttpServletRequest request,
            HttpServletResponse response, Locale locale, Model model) {
        KnowledgeCatalog.ArticlePage article = catalog.find(site, slug, locale,
                Readers.of(reader));
        views.count(article.id(), voter(reader, request, response));
        model.addAttribute("article", article);
        model.addAttribute("deflectionForm", DeflectionPages.isForm(from) ? from : null);
        model.addAttribute("voted", feedback.voted(article.id(), article.version(),
                voter(reader, request, null)));
        return "knowledge/article";
    }

    @PostMapping("/s/{site}/articles/{slug}/feedback")
    String feedback(@PathVariable("site") String site, @PathVariable("slug") String slug,
            @RequestParam("helpful") boolean helpful,
            @RequestParam(name = "comment", required = false) String comment,
            @AuthenticationPrincipal PorticoUser reader, HttpServletRequest request,
            HttpServletResponse response, Locale locale, Model model) {
        KnowledgeCatalog.ArticlePage article = catalog.find(site, slug, locale,
                Readers.of(reader));
        boolean counted = feedback.vote(article.id(), article.version(),
                voter(reader, request, response), helpful, comment);
        model.addAttribute("article", article);
        model.addAttribute("voted", true);
        model.addAttribute("counted", counted);
        return "knowledge/article :: feedback";
    }

    @GetMapping("/s/{site}/kb-assets/{*path}")
    ResponseEntity<byte[]> asset(@PathVariable("site") String site,
            @PathVariable("path") String path, @AuthenticationPrincipal PorticoUser reader) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        AssetAccess.Access access = assetAccess.of(site, name, reader);
        KnowledgeAssets.Asset asset = assets.find(site, name)
                .filter(found -> access != AssetAccess.Access.HIDDEN)
                .orElseThrow(() -> new NotFoundException("asset " + name));
        boolean inline = INLINE_TYPES.contains(asset.contentType());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(inline || IMAGE_ONLY_TYPES.contains(asset.contentType())
                        ? MediaType.parseMediaType(asset.contentType())
                        : MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(access == AssetAccess.Access.PUBLIC
                        ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic()
                        : CacheControl.noCache().cachePrivate())
                .eTag(asset.contentHash())
                .header("Content-Security-Policy", ASSET_POLICY)
                .header("X-Content-Type-Options", "nosniff");
        ContentDisposition.Builder disposition = inline ? ContentDisposition.inline()
                : ContentDisposition.attachment();
        return answer.header("Content-Disposition", disposition
                        .filename(name.substring(name.lastIndexOf('/') + 1)).build().toString())
                .body(asset.bytes());
    }

    @GetMapping("/s/{site}/suggestions")
    String suggestions(@PathVariable("site") String site,
            @RequestParam(name = "q", required = false) String query,
            @AuthenticationPrincipal PorticoUser reader, Locale locale, Model model) {
        String text = ArticleSearch.clean(query);
        List<ArticleSuggestion> found = SuggestionThreshold.reached(text)
                ? search.suggest(site, text, locale, SUGGESTIONS, reader) : List.of();
        model.addAttribute("suggestions", found);
        return "knowledge/suggestions :: list";
    }

    /** The signed-in user, or the visitor's browser (given a key the first time it votes). */
    static String voter(PorticoUser reader, HttpServletRequest request,
            HttpServletResponse response) {
        if (reader != null) {
            return "u:" + reader.id();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (READER_COOKIE.equals(cookie.getName())
                        && cookie.getValue().matches("[0-9a-f-]{36}")) {
                    return "v:" + cookie.getValue();
                }
            }
        }
        String key = UUID.randomUUID().toString();
        if (response != null) {
            Cookie cookie = new Cookie(READER_COOKIE, key);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return "v:" + key;
    }

    /** The page asked for: 1 for anything that is not a number, the largest int beyond it. */
    static int pageNumber(String page) {
        String digits = page.strip();
        if (!digits.matches("\\d{1,30}")) {
            return 1;
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(digits));
    }
}
