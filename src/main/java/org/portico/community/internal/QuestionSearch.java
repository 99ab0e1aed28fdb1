package org.portico.community.internal;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.portico.knowledge.AnsweredQuestions;
import org.portico.platform.PorticoProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over a site's visible questions, in the index {@link QuestionIndex} keeps.
 * Words are analysed, never parsed, so no typed character makes a query fail. Titles weigh
 * more than bodies and bodies more than the answers' words; English words are stemmed and
 * may be one letter off, Chinese is matched by word. Also the community's side of the
 * knowledge base's suggestions: answered questions offered beside articles.
 */
@Service
@Transactional(readOnly = true)
class QuestionSearch implements AnsweredQuestions {

    static final int MAX_QUERY_LENGTH = 200;
    private static final int SNIPPET_LENGTH = 200;
    private static final int FUZZY_MIN_LENGTH = 4;

    @PersistenceContext
    private EntityManager entityManager;

    private final boolean enabled;

    QuestionSearch(PorticoProperties properties) {
        this.enabled = !properties.commandMode();
    }

    /**
     * A found question.
     *
     * @param snippetHtml an extract, HTML-escaped, with the matched words in {@code <mark>}
     */
    record Found(long id, String title, String snippetHtml, float score) {

        /** The extract without its marks, as plain text. */
        String snippetText() {
            return snippetHtml.replace("<mark>", "").replace("</mark>", "")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&");
        }
    }

    /**
     * Visible questions of a site matching the text, best first.
     *
     * @param answeredOnly only questions with an accepted or official answer
     * @param prefixes whether the last word may be unfinished (typed as the user types)
     */
    List<Found> search(String site, String text, Locale locale, int limit,
            boolean answeredOnly, boolean prefixes) {
        String words = clean(text);
        if (!enabled || words.isEmpty() || limit <= 0) {
            return List.of();
        }
        return Search.session(entityManager).search(IndexedQuestion.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.score(),
                                f.field("title_en", String.class),
                                f.highlight("body_en").single(),
                                f.highlight("body_zh").single())
                        .asList(values -> found(words, values)))
                .where(f -> predicate(f, site, words, locale, answeredOnly, prefixes))
                .highlighter(QuestionSearch::snippets)
                .fetchHits(Math.min(limit, 50));
    }

    @Override
    public List<Suggested> suggest(String site, String text, Locale locale, int limit) {
        return search(site, text, locale, limit, true, true).stream()
                .map(q -> new Suggested(q.id(), q.title(), url(site, q.id()), q.snippetText(),
                        q.score()))
                .toList();
    }

    @Override
    public boolean isAnswered(String site, long questionId) {
        return enabled && Search.session(entityManager).search(IndexedQuestion.class)
                .where(f -> f.bool().filter(f.id().matching(questionId))
                        .filter(f.match().field("site").matching(site))
                        .filter(f.match().field("answered").matching(true)))
                .fetchTotalHitCount() > 0;
    }

    static String url(String site, long questionId) {
        return "/s/" + site + "/community/questions/" + questionId;
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, String site,
            String words, Locale locale, boolean answeredOnly, boolean prefixes) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool()
                .filter(f.match().field("site").matching(site))
                .should(f.match().field("language").matching(language(locale)).boost(0.1f))
                .must(words(f, words, prefixes));
        if (answeredOnly) {
            bool.filter(f.match().field("answered").matching(true));
        }
        return bool;
    }

    private static PredicateFinalStep words(SearchPredicateFactory f, String words,
            boolean prefixes) {
        String suffix = isChinese(words) ? "_zh" : "_en";
        BooleanPredicateClausesStep<?, ?> text = f.bool()
                .should(f.phrase().field("title" + suffix).boost(8f)
                        .field("body" + suffix).boost(3f).matching(words))
                .should(f.match().field("title" + suffix).boost(3f)
                        .field("body" + suffix).field("answers.text" + suffix).boost(0.5f)
                        .matching(words));
        if (suffix.equals("_en")) {
            text.should(f.match().field("title_zh").boost(1.5f).field("body_zh").boost(0.5f)
                    .matching(words));
            if (words.codePoints().filter(Character::isLetter).count() >= FUZZY_MIN_LENGTH) {
                text.should(f.match().field("title_en").field("body_en").boost(0.3f)
                        .matching(words).fuzzy(1, 1));
            }
        }
        if (prefixes) {
            text.should(f.match().field("title_prefix").boost(2f).matching(words));
        }
        return text;
    }

    /**
     * The query's default highlighter rather than a named one: OpenSearch refuses an encoder
     * given per field, which is where a named highlighter's settings are sent.
     */
    private static HighlighterFinalStep snippets(SearchHighlighterFactory h) {
        return h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                .fragmentSize(SNIPPET_LENGTH).numberOfFragments(1).noMatchSize(SNIPPET_LENGTH);
    }

    /** Takes the extract of the query's language unless only the other one marks a match. */
    private static Found found(String words, List<?> values) {
        String english = (String) values.get(3);
        String chinese = (String) values.get(4);
        String preferred = isChinese(words) ? chinese : english;
        String other = isChinese(words) ? english : chinese;
        boolean otherOnly = other != null && other.contains("<mark>")
                && (preferred == null || !preferred.contains("<mark>"));
        String snippet = otherOnly || preferred == null ? other : preferred;
        return new Found((Long) values.get(0), (String) values.get(2),
                snippet == null ? "" : snippet, (Float) values.get(1));
    }

    static String clean(String query) {
        if (query == null) {
            return "";
        }
        String text = query.replaceAll("[\\p{Cntrl}\\p{Cs}&&[^\\t\\n]]", " ").strip();
        return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH).strip()
                : text;
    }

    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }
}
