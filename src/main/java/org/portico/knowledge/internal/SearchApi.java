package org.portico.knowledge.internal;

import java.util.List;
import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.sites.Sites;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?site=help&q=…&page=}: the site search as JSON, public; a
 * signed-in caller also finds the articles their visibility allows.
 */
@RestController
class SearchApi {

    private final ArticleSearch search;
    private final Sites sites;

    SearchApi(ArticleSearch search, Sites sites) {
        this.search = search;
        this.sites = sites;
    }

    /** The answer: how many articles match, and one page of them. */
    record Answer(long total, List<Result> results) {
    }

    /** One match; {@code snippet} is plain text. */
    record Result(String type, String title, String url, String snippet) {
    }

    @GetMapping("/api/v1/search")
    Answer search(@RequestParam("site") String site,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @AuthenticationPrincipal PorticoUser reader, Locale locale) {
        String slug = sites.get(site).slug();
        ArticleSearch.Results results = search.search(slug, query, null,
                KnowledgePages.pageNumber(page), locale, Readers.of(reader));
        return new Answer(results.total(), results.hits().stream()
                .map(hit -> new Result("article", hit.title(), hit.url(),
                        MarkdownRenderer.plainText(hit.snippet())))
                .toList());
    }
}
