package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
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
    /**
     * Hits are counted exactly up to here; beyond, a page says "more than" and Lucene may skip
     * the documents that cannot reach the page (with common words, nearly all of 100,000).
     */
    static final int COUNTED = 1000;
    static final int MAX_PAGE = COUNTED / PAGE_SIZE;
    /** The topic facets count the topics of this many best hits (all hits when fewer). */
    static final int FACETED = 100;
    private static final int MAX_FACETS = 30;
    private static final int SNIPPET_LENGTH = 200;
    private static final int FUZZY_MIN_LENGTH = 4;
    private static final int MAX_WORDS = 32;

    @PersistenceContext
    private EntityManager entityManager;

    static final int RERANKED = 20;
    /**
     * Suggestions need the best hits, not how many there are: counting no further lets Lucene
     * skip documents that cannot reach the top (which matters with 100,000 articles).
     */
    private static final int SUGGESTION_HIT_COUNT = 100;
    private static final Pattern LETTERS_COLON = Pattern.compile("(?<=\\p{L}):(?=\\p{L})");
    /** A field name before a colon, as other search boxes take it: {@code title:budget}. */
    private static final Pattern FIELD_NAME = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:title|body|topic|text|content):(?=\\p{L})");
    private static final Pattern QUOTED =
            Pattern.compile("[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]");

    private final SearchSynonyms synonyms;
    private final ArticleEmbeddings embeddings;
    private final ArticleRows rows;
    private final SearchVocabulary vocabulary;
    private final ObjectProvider<AnsweredQuestions> answered;

    ArticleSearch(SearchSynonyms synonyms, ArticleEmbeddings embeddings, ArticleRows rows,
            SearchVocabulary vocabulary, ObjectProvider<AnsweredQuestions> answered) {
        this.synonyms = synonyms;
        this.embeddings = embeddings;
        this.rows = rows;
        this.vocabulary = vocabulary;
        this.answered = answered;
    }

    /** One found article; {@code snippet} is HTML with the matched words in {@code <mark>}. */
    record Hit(String title, String url, String topic, String topicKey, String snippet,
            String summary) {
    }

    /**
     * A page of results; {@code page} counts from 1; {@code more} when there are more than
     * {@code total} hits; {@code topics} counts the topics of the best hits, all of them when
     * {@code topicsCounted}.
     */
    record Results(String query, String topicKey, long total, boolean more, int page, int pages,
            List<Hit> hits, Map<String, Long> topics, boolean topicsCounted) {

        static Results none(String query, String topicKey) {
            return new Results(query, topicKey, 0, false, 1, 0, List.of(), Map.of(), true);
        }
    }

    /** What to search for, and for whom. */
    record Query(String site, String text, String topicKey, Locale locale,
            Set<Visibility> readable, boolean preferLanguage, Optional<String> readersKey) {
    }

    /** A hit as the index gives it: the article's id and its snippet. */
    private record Found(Long id, String snippet) {

        Found {
            snippet = snippet == null ? "" : snippet;
        }
    }

    /**
     * Searches a site; with a topic key and no words, lists the topic's articles. The hits
     * come from the index as ids and snippets; titles and topics come from one statement.
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
        int current = Math.max(1, Math.min(page, MAX_PAGE));
        SearchSession session = Search.session(entityManager);
        Query q = query(session, site, words, topicKey, locale, readable);
        List<Words> wording = wording(session, words, synonyms.expand(site, words));
        SearchScope<Article> scope = session.scope(Article.class);
        int offset = (current - 1) * PAGE_SIZE;
        // One ranking gives the page and the best hits for the facets; only the page's hits
        // are highlighted, in a second query that the ids make cheap.
        int ranked = Math.max(FACETED, offset + PAGE_SIZE);
        SearchPredicate where = predicate(scope.predicate(), q, wording, false, Match.MOST)
                .toPredicate();
        SearchResult<Long> result = ranking(session, scope, where, words, ranked);
        for (Match wider = Match.ANY_TELLING; wider != null; wider = wider.wider()) {
            if (result.total().isHitCountExact()
                    && wider.wanted(result.total().hitCount(), PAGE_SIZE)
                    && wider.findsMore(wording)) {
                where = predicate(scope.predicate(), q, wording, false, wider).toPredicate();
                result = ranking(session, scope, where, words, ranked);
            }
        }
        boolean more = !result.total().isHitCountExact();
        long total = more ? COUNTED : result.total().hitCount();
        List<Long> best = result.hits();
        List<Long> shown = best.subList(Math.min(offset, best.size()),
                Math.min(offset + PAGE_SIZE, best.size()));
        Map<Long, String> snippets = snippets(session, scope, words, wording, shown);
        List<Long> faceted = best.subList(0, Math.min(FACETED, best.size()));
        // Titles, topics and the facets come from rows the database confirms are published
        // and readable: a node's index may not have seen an article's latest change yet.
        Map<Long, ArticleRows.Row> found = rows.published(site, shown, readable);
        List<Hit> hits = new ArrayList<>();
        for (Long id : shown) {
            ArticleRows.Row row = found.get(id);
            if (row != null) {
                hits.add(new Hit(row.title(), row.url(), row.topic(), row.topicKey(),
                        snippets.getOrDefault(id, ""), row.summary()));
            }
        }
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Results(words, topicKey, total, more, current, pages, hits,
                words.isEmpty() ? Map.of()
                        : topics(rows.publishedTopics(site, faceted, readable).values()),
                !more && total <= FACETED);
    }

    private static SearchResult<Long> ranking(SearchSession session,
            SearchScope<Article> scope, SearchPredicate where, String words, int limit) {
        return session.search(scope).select(f -> f.id(Long.class)).where(where)
                .totalHitCountThreshold(words.isEmpty() ? Integer.MAX_VALUE : COUNTED)
                .fetch(limit);
    }

    /**
     * The snippets of these hits, by id. The words are marked with a query of their own that
     * only looks at these hits: highlighting with the ranking query scored it once more (its
     * phrases, word pairs and look-alikes, over the whole index) for ten hits.
     */
    private static Map<Long, String> snippets(SearchSession session, SearchScope<Article> scope,
            String words, List<Words> wording, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> snippets = new HashMap<>();
        session.search(scope)
                .select(f -> f.composite()
                        .from(f.id(Long.class),
                                f.highlight(body(words)).single())
                        .as(Found::new))
                .where(f -> marked(f, words, wording, ids))
                .highlighter(ArticleSearch::snippets)
                .fetchHits(ids.size())
                .forEach(hit -> snippets.put(hit.id(), hit.snippet()));
        return snippets;
    }

    /**
     * These hits, with the words to mark in their bodies as optional clauses: the words of
     * every wording (look-alikes for a word no article holds) and the quoted phrases.
     */
    private static PredicateFinalStep marked(SearchPredicateFactory f, String words,
            List<Words> wording, List<Long> ids) {
        BooleanPredicateClausesStep<?, ?> marked = f.bool().filter(f.id().matchingAny(ids));
        for (Words one : wording) {
            if (isChinese(one.text())) {
                marked.should(f.match().field("body_zh").matching(one.text()));
            }
            for (SearchVocabulary.Word word : one.words()) {
                if (word.unknown() && word.typed().length() >= FUZZY_MIN_LENGTH) {
                    marked.should(f.match().field("body_en").matching(word.typed())
                            .fuzzy(1, 1));
                } else {
                    marked.should(f.match().field("body_en").matching(word.typed()));
                }
            }
        }
        quotedPhrases(words).forEach(phrase -> marked.should(phrase(f, phrase)));
        return marked;
    }

    /** The topics of these hits (their topic keys), the most frequent first. */
    private static Map<String, Long> topics(Collection<String> hits) {
        Map<String, Long> counts = new HashMap<>();
        for (String topic : hits) {
            counts.merge(topic, 1L, Long::sum);
        }
        Map<String, Long> topics = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_FACETS)
                .forEach(topic -> topics.put(topic.getKey(), topic.getValue()));
        return topics;
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
        Set<Visibility> readable = Visibility.readableBy(reader);
        SearchSession session = Search.session(entityManager);
        Query q = query(session, site, words, null, locale, readable);
        List<Words> wording = wording(session, words, synonyms.expand(site, words));
        int wanted = Math.min(limit, 50);
        List<Scored<Found>> hits = found(session, q, wording, wanted, Match.MOST);
        for (Match wider = Match.ANY_TELLING; wider != null; wider = wider.wider()) {
            if (wider.wanted(hits.size(), wanted) && wider.findsMore(wording)) {
                hits = found(session, q, wording, wanted, wider);
            }
        }
        Map<Long, ArticleRows.Row> found = rows.published(site,
                hits.stream().map(hit -> hit.hit().id()).toList(), readable);
        List<FoundArticle> articles = new ArrayList<>();
        for (Scored<Found> hit : hits) {
            ArticleRows.Row row = found.get(hit.hit().id());
            if (row != null) {
                articles.add(new FoundArticle(row.title(), row.url(), hit.hit().snippet(),
                        hit.score()));
            }
        }
        return articles;
    }

    private static List<Scored<Found>> found(SearchSession session, Query q,
            List<Words> wording, int limit, Match match) {
        return session.search(Article.class)
                .select(f -> f.composite()
                        .from(f.composite().from(f.id(Long.class),
                                f.highlight(body(q.text())).single())
                                .as(Found::new), f.score())
                        .as(Scored<Found>::new))
                .where(f -> predicate(f, q, wording, false, match))
                .highlighter(ArticleSearch::snippets)
                .totalHitCountThreshold(SUGGESTION_HIT_COUNT)
                .fetchHits(limit);
    }

    /** A hit with its relevance score. */
    private record Scored<T>(T hit, Float score) {
    }

    /**
     * The body field of the query's language, whose matches the snippet marks (a query is
     * searched in the fields of its own language only).
     */
    private static String body(String words) {
        return isChinese(words) ? "body_zh" : "body_en";
    }

    /**
     * The query's default highlighter rather than a named one: OpenSearch refuses an encoder
     * given per field, which is where a named highlighter's settings are sent.
     */
    private static HighlighterFinalStep snippets(SearchHighlighterFactory h) {
        return h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                .fragmentSize(SNIPPET_LENGTH).numberOfFragments(1).noMatchSize(SNIPPET_LENGTH);
    }

    /** Suggestions as article rows, for callers that need more than the public record. */
    @Transactional(readOnly = true)
    List<ArticleRows.Row> suggestArticles(String site, String text, Locale locale, int limit,
            Set<Visibility> readable) {
        String words = clean(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        int wanted = Math.min(limit, 50);
        SearchSession session = Search.session(entityManager);
        Query q = query(session, site, words, null, locale, readable);
        List<Words> wording = wording(session, words, synonyms.expand(site, words));
        int candidates = embeddings.enabled() ? Math.max(wanted, RERANKED) : wanted;
        List<Scored<Long>> hits = candidates(session, q, wording, candidates, Match.MOST);
        for (Match wider = Match.ANY_TELLING; wider != null; wider = wider.wider()) {
            if (wider.wanted(hits.size(), candidates) && wider.findsMore(wording)) {
                hits = candidates(session, q, wording, candidates, wider);
            }
        }
        Map<Long, ArticleRows.Row> found = embeddings.enabled()
                ? rows.publishedWithMeaning(site, hits.stream().map(Scored::hit).toList(),
                        readable)
                : rows.published(site, hits.stream().map(Scored::hit).toList(), readable);
        List<ArticleEmbeddings.Scored> scored = new ArrayList<>();
        for (Scored<Long> hit : hits) {
            ArticleRows.Row row = found.get(hit.hit());
            if (row != null) {
                scored.add(new ArticleEmbeddings.Scored(row, hit.score()));
            }
        }
        return embeddings.rerank(words, scored, wanted);
    }

    private static List<Scored<Long>> candidates(SearchSession session, Query q,
            List<Words> wording, int limit, Match match) {
        return session.search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score())
                        .as(Scored<Long>::new))
                .where(f -> predicate(f, q, wording, true, match))
                .totalHitCountThreshold(SUGGESTION_HIT_COUNT)
                .fetchHits(limit);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, Query q,
            List<Words> wording, boolean prefixes, Match match) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        q.readersKey().ifPresentOrElse(
                key -> bool.filter(f.match().field("readers").matching(key)),
                () -> bool.filter(f.match().field("site").matching(q.site()))
                        .filter(f.match().field("status").matching(Article.Status.PUBLISHED))
                        .filter(readable(f, q.readable())));
        if (q.preferLanguage()) {
            bool.should(f.match().field("language").matching(language(q.locale())).boost(0.1f));
        }
        if (q.topicKey() != null) {
            bool.filter(f.match().field("topicKey").matching(q.topicKey()));
        }
        if (q.text().isEmpty()) {
            bool.must(f.matchAll());
        } else {
            BooleanPredicateClausesStep<?, ?> text = f.bool()
                    .should(words(f, wording.get(0), prefixes, match));
            for (Words synonym : wording.subList(1, wording.size())) {
                text.should(words(f, synonym, false, match));
            }
            bool.must(text);
            quotedPhrases(q.text()).forEach(phrase -> bool.must(phrase(f, phrase)));
        }
        return bool;
    }

    /**
     * The reader's language counts a little only where the index holds articles in another
     * language too: on a site in one language it would add the same to every hit, and
     * matching every article for it kept Lucene from skipping any.
     */
    private Query query(SearchSession session, String site, String words, String topicKey,
            Locale locale, Set<Visibility> readable) {
        String language = language(locale);
        return new Query(site, words, topicKey, locale, readable,
                vocabulary.hasArticlesIn(session, "zh".equals(language) ? "en" : "zh"),
                Article.readerKey(site, readable)
                        .filter(key -> vocabulary.hasReadersKey(session, key)));
    }

    /** How many of a query's words an article must hold; a search starts with the first. */
    enum Match {
        /**
         * Most of the telling words (all of two or three, three of four, …), or every word
         * when all are common.
         */
        MOST,
        /** Any telling word, when most of them found less than was wanted. */
        ANY_TELLING,
        /** Any word, common ones included, when the telling words found nothing. */
        ANY;

        Match wider() {
            return this == ANY ? null : values()[ordinal() + 1];
        }

        /** Whether this wider match is worth trying after finding {@code found}. */
        boolean wanted(long found, int enough) {
            return this == ANY ? found == 0 : found < enough;
        }

        /** Whether this match asks for less than the one before it, for some wording. */
        boolean findsMore(List<Words> wording) {
            return wording.stream().anyMatch(words -> this == ANY
                    ? !words.telling().isEmpty() && words.telling().size() < words.words().size()
                    : words.telling().size() > 1
                            || words.telling().isEmpty() && words.words().size() > 1);
        }
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

    /**
     * The clauses of one wording: the words as a phrase in the title (which counts most), the
     * pairs of adjacent words in the body (a phrase in all but name: an exact phrase query on
     * the body read the positions of every common word and cost half a search), and the
     * words apart, in the title (more) or the body; a word no article contains also matches
     * look-alike words (one letter off), and while typing a word also matches the titles'
     * words that start with it. In English, the {@code match} says how many of the words that
     * tell articles apart are asked for; the common words
     * ({@link SearchVocabulary.Word#common()}) only add to the score of what those found, and
     * are asked for only when every word is common or when nothing else was found. Walking the
     * long lists of articles that hold a common word, to see which have most of the words, was
     * what made a search cost tens of milliseconds on a large index.
     */
    private static PredicateFinalStep words(SearchPredicateFactory f, Words words,
            boolean prefixes, Match match) {
        String text = words.text();
        float weight = words.weight();
        if (isChinese(text)) {
            BooleanPredicateClausesStep<?, ?> chinese = f.bool()
                    .should(f.phrase().field("title_zh").boost(8f * weight)
                            .field("body_zh").boost(3f * weight).matching(text))
                    .should(f.match().field("title_zh").boost(3f * weight)
                            .field("body_zh").boost(weight).matching(text));
            if (prefixes) {
                chinese.should(f.match().field("title_prefix").boost(2f * weight)
                        .matching(text));
            }
            return chinese;
        }
        if (words.words().isEmpty()) {
            return f.not(f.matchAll());
        }
        boolean fuzzy = text.codePoints().filter(Character::isLetter).count()
                >= FUZZY_MIN_LENGTH;
        List<SearchVocabulary.Word> telling = words.telling();
        List<SearchVocabulary.Word> required = match == Match.ANY || telling.isEmpty()
                ? words.words() : telling;
        BooleanPredicateClausesStep<?, ?> apart = f.bool();
        for (SearchVocabulary.Word word : required) {
            apart.should(word(f, word, weight, prefixes, fuzzy));
        }
        int count = required.size();
        apart.minimumShouldMatchNumber(match != Match.MOST ? 1
                : telling.isEmpty() ? count : count - count / 4);
        BooleanPredicateClausesStep<?, ?> all = f.bool()
                .must(apart)
                .should(f.phrase().field("title_en").boost(8f * weight).matching(text));
        if (words.words().size() > 1) {
            all.should(f.match().field("body_pairs").boost(weight).matching(text));
        }
        if (match != Match.ANY && !telling.isEmpty()) {
            for (SearchVocabulary.Word word : words.words()) {
                if (word.common()) {
                    all.should(word(f, word, weight, false, false));
                }
            }
        }
        return all;
    }

    /** One word in the title (more) or the body, with its look-alikes and title prefixes. */
    private static PredicateFinalStep word(SearchPredicateFactory f, SearchVocabulary.Word word,
            float weight, boolean prefixes, boolean fuzzy) {
        BooleanPredicateClausesStep<?, ?> one = f.bool()
                .should(f.match().field("title_en").boost(3f * weight)
                        .field("body_en").boost(weight).matching(word.typed()));
        if (word.unknown() && fuzzy) {
            one.should(f.match().field("title_en").boost(weight).field("body_en")
                    .boost(0.3f * weight).matching(word.typed()).fuzzy(1, 1));
        }
        if (prefixes) {
            one.should(f.match().field("title_prefix").boost(2f * weight)
                    .matching(word.typed()));
        }
        return one;
    }

    /** Words to look for, with the weight of their matches. */
    record Words(String text, List<SearchVocabulary.Word> words, float weight) {

        /** The words that are not common, which a search asks for first. */
        List<SearchVocabulary.Word> telling() {
            return words.stream().filter(word -> !word.common()).toList();
        }
    }

    /**
     * The typed text and its synonyms as words to look for. A field name and its colon, as
     * other search boxes take them ({@code title:budget}), are left out: searching for the
     * word "title" too would widen the search to every article that mentions titles. Any
     * other colon between two letters separates words: the word splitter would otherwise keep
     * them as one, which no article holds.
     */
    private List<Words> wording(SearchSession session, String text, List<String> synonyms) {
        List<Words> all = new ArrayList<>();
        String typed = FIELD_NAME.matcher(text).replaceAll("");
        all.add(words(session, LETTERS_COLON.matcher(typed).replaceAll(" "), 1f));
        for (String synonym : synonyms) {
            all.add(words(session, synonym, 0.8f));
        }
        return all;
    }

    private Words words(SearchSession session, String text, float weight) {
        return new Words(text, text.isEmpty() || isChinese(text) ? List.of()
                : vocabulary.words(session, text, MAX_WORDS), weight);
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
