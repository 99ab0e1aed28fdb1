package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.AnsweredQuestions;
import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.FoundArticle;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.knowledge.Visibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the published articles of a site that the reader may see. The typed
 * text is analysed, never parsed, so that no character can make a query fail. Titles weigh
 * more than bodies, and the words as a phrase more than the words apart; a word one or two
 * letters off still matches (less), and the synonyms authors keep are added to the query.
 * Chinese text is matched on the word-segmented fields only, so that a two-character word does
 * not match its characters one by one.
 */
@Service
class ArticleSearch implements KnowledgeSuggestions {

    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY_LENGTH = 200;
    private static final int SNIPPET_LENGTH = 200;
    private static final int FUZZY_MIN_LENGTH = 4;
    private static final AggregationKey<Map<String, Long>> TOPICS =
            AggregationKey.of("topics");

    @PersistenceContext
    private EntityManager entityManager;

    static final int RERANKED = 20;
    /**
     * Suggestions need the best hits, not how many there are: counting no further lets Lucene
     * skip documents that cannot reach the top (which matters with 100,000 articles).
     */
    private static final int SUGGESTION_HIT_COUNT = 100;
    private static final Pattern QUOTED =
            Pattern.compile("[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]");

    private final SearchSynonyms synonyms;
    private final ArticleEmbeddings embeddings;
    private final ObjectProvider<AnsweredQuestions> answered;

    ArticleSearch(SearchSynonyms synonyms, ArticleEmbeddings embeddings,
            ObjectProvider<AnsweredQuestions> answered) {
        this.synonyms = synonyms;
        this.embeddings = embeddings;
        this.answered = answered;
    }

    /** One found article; {@code snippet} is HTML with the matched words in {@code <mark>}. */
    record Hit(String title, String url, String topic, String topicKey, String snippet,
            String summary) {
    }

    /** A page of results; {@code page} counts from 1; {@code topics} counts hits per topic. */
    record Results(String query, String topicKey, long total, int page, int pages,
            List<Hit> hits, Map<String, Long> topics) {

        static Results none(String query, String topicKey) {
            return new Results(query, topicKey, 0, 1, 0, List.of(), Map.of());
        }
    }

    /** What to search for, and for whom. */
    record Query(String site, String text, String topicKey, Locale locale,
            Set<Visibility> readable) {
    }

    /**
     * Searches a site; with a topic key and no words, lists the topic's articles.
     *
     * @param topicKey null for every topic
     */
    @Transactional(readOnly = true)
    Results search(String site, String query, String topicKey, int page, Locale locale,
            Set<Visibility> readable) {
        String words = clean(query);
        if (words.isEmpty() && topicKey == null) {
            return Results.none(words, null);
        }
        Query q = new Query(site, words, topicKey, locale, readable);
        List<String> extra = synonyms.expand(site, words);
        int current = Math.max(1, Math.min(page, 1000));
        SearchResult<Hit> result = Search.session(entityManager).search(Article.class)
                .select(f -> f.composite()
                        .from(f.entity(Article.class),
                                f.highlight("body_en").highlighter("snippet").single(),
                                f.highlight("body_zh").highlighter("snippet").single())
                        .as((article, english, chinese) -> isChinese(words)
                                ? hit(article, chinese, english) : hit(article, english, chinese)))
                .where(f -> predicate(f, q, extra, false))
                .aggregation(TOPICS, f -> f.terms().field("topicKey", String.class)
                        .maxTermCount(30))
                .highlighter("snippet", ArticleSearch::snippets)
                .fetch((current - 1) * PAGE_SIZE, PAGE_SIZE);
        long total = result.total().hitCountLowerBound();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Results(words, topicKey, total, current, pages, result.hits(),
                result.aggregation(TOPICS));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ArticleSuggestion> suggest(String site, String text, Locale locale, int limit) {
        return suggest(site, text, locale, limit, (PorticoUser) null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ArticleSuggestion> suggest(String site, String text, Locale locale, int limit,
            PorticoUser reader) {
        return suggestArticles(site, text, locale, limit, Visibility.readableBy(reader))
                .stream()
                .map(article -> new ArticleSuggestion(article.title(), article.url(),
                        article.summary()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ArticleSuggestion> suggestWithAnswers(String site, String text, Locale locale,
            int articles, int questions) {
        List<ArticleSuggestion> found = new ArrayList<>(suggest(site, text, locale, articles));
        answered.ifAvailable(community -> community.suggest(site, text, locale, questions)
                .forEach(q -> found.add(new ArticleSuggestion(q.title(), q.url(),
                        q.snippet()))));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FoundArticle> find(String site, String text, Locale locale, int limit,
            PorticoUser reader) {
        String words = clean(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query q = new Query(site, words, null, locale, Visibility.readableBy(reader));
        List<String> extra = synonyms.expand(site, words);
        return Search.session(entityManager).search(Article.class)
                .select(f -> f.composite()
                        .from(f.entity(Article.class), f.score(),
                                f.highlight("body_en").highlighter("snippet").single(),
                                f.highlight("body_zh").highlighter("snippet").single())
                        .asList(values -> found(words, values)))
                .where(f -> predicate(f, q, extra, false))
                .highlighter("snippet", ArticleSearch::snippets)
                .fetchHits(Math.min(limit, 50));
    }

    private static HighlighterFinalStep snippets(SearchHighlighterFactory h) {
        return h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                .fragmentSize(SNIPPET_LENGTH).numberOfFragments(1).noMatchSize(SNIPPET_LENGTH);
    }

    private static FoundArticle found(String words, List<?> values) {
        Article article = (Article) values.get(0);
        String english = (String) values.get(2);
        String chinese = (String) values.get(3);
        Hit hit = isChinese(words) ? hit(article, chinese, english)
                : hit(article, english, chinese);
        return new FoundArticle(hit.title(), hit.url(), hit.snippet(), (Float) values.get(1));
    }

    /** Suggestions as articles, for callers that need more than the public record. */
    @Transactional(readOnly = true)
    List<Article> suggestArticles(String site, String text, Locale locale, int limit,
            Set<Visibility> readable) {
        String words = clean(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query q = new Query(site, words, null, locale, readable);
        List<String> extra = synonyms.expand(site, words);
        int wanted = Math.min(limit, 50);
        List<ArticleEmbeddings.Scored> hits = Search.session(entityManager)
                .search(Article.class)
                .select(f -> f.composite().from(f.entity(Article.class), f.score())
                        .as(ArticleEmbeddings.Scored::new))
                .where(f -> predicate(f, q, extra, true))
                .totalHitCountThreshold(SUGGESTION_HIT_COUNT)
                .fetchHits(embeddings.enabled() ? Math.max(wanted, RERANKED) : wanted);
        return embeddings.rerank(words, hits, wanted);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, Query q,
            List<String> extra, boolean prefixes) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool()
                .filter(f.match().field("site").matching(q.site()))
                .filter(f.match().field("status").matching(Article.Status.PUBLISHED))
                .filter(readable(f, q.readable()))
                .should(f.match().field("language").matching(language(q.locale())).boost(0.1f));
        if (q.topicKey() != null) {
            bool.filter(f.match().field("topicKey").matching(q.topicKey()));
        }
        if (q.text().isEmpty()) {
            bool.must(f.matchAll());
        } else {
            BooleanPredicateClausesStep<?, ?> text = words(f, q.text(), prefixes, 1f);
            for (String word : extra) {
                text.should(words(f, word, false, 0.8f));
            }
            bool.must(text);
            quotedPhrases(q.text()).forEach(phrase -> bool.must(phrase(f, phrase)));
        }
        return bool;
    }

    /** The parts of a query a person put in double quotes: they must appear as written. */
    static List<String> quotedPhrases(String text) {
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String phrase = quoted.group(1).strip();
            if (phrase.codePoints().anyMatch(Character::isLetterOrDigit)) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    private static PredicateFinalStep phrase(SearchPredicateFactory f, String phrase) {
        String suffix = isChinese(phrase) ? "_zh" : "_en";
        return f.phrase().field("title" + suffix).field("body" + suffix).matching(phrase);
    }

    private static PredicateFinalStep readable(SearchPredicateFactory f,
            Set<Visibility> readable) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        for (Visibility visibility : readable) {
            any.should(f.match().field("visibility").matching(visibility));
        }
        return readable.isEmpty() ? f.not(f.matchAll()) : any;
    }

    private static BooleanPredicateClausesStep<?, ?> words(SearchPredicateFactory f,
            String words, boolean prefixes, float weight) {
        String suffix = isChinese(words) ? "_zh" : "_en";
        BooleanPredicateClausesStep<?, ?> text = f.bool()
                .should(f.phrase().field("title" + suffix).boost(8f * weight)
                        .field("body" + suffix).boost(3f * weight).matching(words))
                .should(f.match().field("title" + suffix).boost(3f * weight)
                        .field("body" + suffix).boost(weight).matching(words));
        if (suffix.equals("_en")) {
            text.should(f.match().field("title_zh").boost(1.5f * weight).field("body_zh")
                    .boost(0.5f * weight).matching(words));
            if (words.codePoints().filter(Character::isLetter).count() >= FUZZY_MIN_LENGTH) {
                text.should(f.match().field("title_en").boost(weight).field("body_en")
                        .boost(0.3f * weight).matching(words).fuzzy(1, 1));
            }
        }
        if (prefixes) {
            text.should(f.match().field("title_prefix").boost(2f * weight).matching(words));
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
