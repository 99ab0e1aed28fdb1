package org.portico.knowledge.internal;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.KnowledgeSuggestions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the published articles of a site. The typed text is analysed, never
 * parsed, so that no character can make a query fail. Titles weigh more than bodies, and the
 * words as a phrase more than the words apart. Chinese text is matched on the word-segmented
 * fields only, so that a two-character word does not match its characters one by one.
 */
@Service
class ArticleSearch implements KnowledgeSuggestions {

    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY_LENGTH = 200;
    private static final int SNIPPET_LENGTH = 200;

    @PersistenceContext
    private EntityManager entityManager;

    /** One found article; {@code snippet} is HTML with the matched words in {@code <mark>}. */
    record Hit(String title, String url, String topic, String topicKey, String snippet,
            String summary) {
    }

    /** A page of results; {@code page} counts from 1. */
    record Results(String query, String topicKey, long total, int page, int pages,
            List<Hit> hits) {

        static Results none(String query, String topicKey) {
            return new Results(query, topicKey, 0, 1, 0, List.of());
        }
    }

    /**
     * Searches a site; with a topic key and no words, lists the topic's articles.
     *
     * @param topicKey null for every topic
     */
    @Transactional(readOnly = true)
    Results search(String site, String query, String topicKey, int page, Locale locale) {
        String words = clean(query);
        if (words.isEmpty() && topicKey == null) {
            return Results.none(words, null);
        }
        int current = Math.max(1, Math.min(page, 1000));
        SearchResult<Hit> result = Search.session(entityManager).search(Article.class)
                .select(f -> f.composite()
                        .from(f.entity(Article.class),
                                f.highlight("body_en").highlighter("snippet").single(),
                                f.highlight("body_zh").highlighter("snippet").single())
                        .as((article, english, chinese) -> isChinese(words)
                                ? hit(article, chinese, english) : hit(article, english, chinese)))
                .where(f -> predicate(f, site, words, topicKey, locale, false))
                .highlighter("snippet", h -> h.plain().tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML).fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(1).noMatchSize(SNIPPET_LENGTH))
                .fetch((current - 1) * PAGE_SIZE, PAGE_SIZE);
        long total = result.total().hitCountLowerBound();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Results(words, topicKey, total, current, pages, result.hits());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ArticleSuggestion> suggest(String site, String text, Locale locale, int limit) {
        String words = clean(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        return Search.session(entityManager).search(Article.class)
                .where(f -> predicate(f, site, words, null, locale, true))
                .fetchHits(Math.min(limit, 50)).stream()
                .map(article -> new ArticleSuggestion(article.title(), article.url(),
                        article.summary()))
                .toList();
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, String site,
            String words, String topicKey, Locale locale, boolean prefixes) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool()
                .filter(f.match().field("site").matching(site))
                .filter(f.match().field("status").matching(Article.Status.PUBLISHED))
                .should(f.match().field("language").matching(language(locale)).boost(0.1f));
        if (topicKey != null) {
            bool.filter(f.match().field("topicKey").matching(topicKey));
        }
        bool.must(words.isEmpty() ? f.matchAll() : words(f, words, prefixes));
        return bool;
    }

    private static PredicateFinalStep words(SearchPredicateFactory f, String words,
            boolean prefixes) {
        String suffix = isChinese(words) ? "_zh" : "_en";
        BooleanPredicateClausesStep<?, ?> text = f.bool()
                .should(f.phrase().field("title" + suffix).boost(8f)
                        .field("body" + suffix).boost(3f).matching(words))
                .should(f.match().field("title" + suffix).boost(3f)
                        .field("body" + suffix).matching(words));
        if (suffix.equals("_en")) {
            text.should(f.match().field("title_zh").boost(1.5f).field("body_zh").boost(0.5f)
                    .matching(words));
        }
        if (prefixes) {
            text.should(f.match().field("title_prefix").boost(2f).matching(words));
        }
        return text;
    }

    /** Takes the snippet of the query's language unless only the other one marks a match. */
    private static Hit hit(Article article, String preferred, String other) {
        boolean otherOnly = other != null && other.contains("<mark>")
                && (preferred == null || !preferred.contains("<mark>"));
        String snippet = otherOnly || preferred == null ? other : preferred;
        return new Hit(article.title(), article.url(), article.topic(), article.topicKey(),
                snippet == null ? "" : snippet, article.summary());
    }

    static String clean(String query) {
        if (query == null) {
            return "";
        }
        String text = query.replaceAll("[\\p{Cntrl}\\p{Cs}&&[^\\t\\n]]", " ").strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH).strip();
        }
        return text;
    }

    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }
}
