package org.portico.knowledge.internal;

import java.util.List;

import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What the article index knows of a query's words, asked before the query is built: which
 * words no article contains as typed (only those get typo tolerance), which so many contain
 * that they only add to the score of what the other words found, and whether any article
 * is in a language. The embedded Lucene index answers from its reader ({@link IndexVocabulary});
 * a shared cluster answers by counting ({@link ClusterVocabulary}).
 */
interface SearchVocabulary {

    /** The backend property that chooses between the two. */
    String BACKEND = "spring.jpa.properties.hibernate.search.backend.type";

    /** A word is common when at least this share of the articles hold it ... */
    double COMMON_SHARE = 0.05;
    /** ... and at least this many: in a small index every word is worth matching. */
    int COMMON_MIN_ARTICLES = 2_000;

    /**
     * A word of a query as typed; {@code unknown} when no English title or body has it,
     * {@code common} when so many articles hold it that it cannot tell them apart.
     */
    record Word(String typed, boolean unknown, boolean common) {
    }

    /** Whether a word that {@code holding} of {@code articles} articles hold is common. */
    static boolean isCommon(long holding, long articles) {
        return holding >= Math.max(COMMON_MIN_ARTICLES, Math.ceil(articles * COMMON_SHARE));
    }

    /** The words of the text as the English fields see them (at most {@code limit}). */
    List<Word> words(SearchSession session, String text, int limit);

    /** Whether the index holds any article (of any site) in this language. */
    boolean hasArticlesIn(SearchSession session, String language);

    /**
     * Whether some article in the index carries this readers key ({@link Article#getReaders}):
     * an index written before the key existed has none, and a search then filters on site,
     * status and visibility apart.
     */
    boolean hasReadersKey(SearchSession session, String key);

    /**
     * Whether this node's index holds articles written by an older version of the mapping
     * (without the word pairs of their bodies), so that it must be rebuilt here.
     */
    boolean isOutdated();
}
