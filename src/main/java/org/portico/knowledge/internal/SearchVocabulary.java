package org.portico.knowledge.internal;

import java.util.List;

import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What the article index knows of a query's words, asked before the query is built: which
 * words no article contains as typed (only those get typo tolerance), and whether any article
 * is in a language. The embedded Lucene index answers from its reader ({@link IndexVocabulary});
 * a shared cluster answers by counting ({@link ClusterVocabulary}).
 */
interface SearchVocabulary {

    /** The backend property that chooses between the two. */
    String BACKEND = "spring.jpa.properties.hibernate.search.backend.type";

    /** A word of a query as typed; {@code unknown} when no English title or body has it. */
    record Word(String typed, boolean unknown) {
    }

    /** The words of the text as the English fields see them (at most {@code limit}). */
    List<Word> words(SearchSession session, String text, int limit);

    /** Whether the index holds any article (of any site) in this language. */
    boolean hasArticlesIn(SearchSession session, String language);
}
