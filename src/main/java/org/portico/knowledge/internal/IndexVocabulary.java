package org.portico.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The words of a query as the English fields split them, and how often the English title and
 * body fields hold them. Typo tolerance is only needed for a word that no article contains as
 * typed: expanding every word to its look-alikes (up to 50 terms each) made common queries
 * score nearly every article several times over. A word that a large share of a large index
 * holds ("is", "there", "how") tells little about which article answers, yet walking its
 * postings cost most of a search: such words only add to the score of articles that the
 * other words found.
 */
@Component
class IndexVocabulary {

    private static final String TITLE = "title_en";
    private static final String BODY = "body_en";
    /** A word is common when at least this share of the articles' bodies hold it ... */
    static final double COMMON_SHARE = 0.05;
    /** ... and at least this many: in a small index every word is worth matching. */
    static final int COMMON_MIN_ARTICLES = 2_000;

    private final EntityManagerFactory entityManagerFactory;
    private volatile Analyzer english;

    IndexVocabulary(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * A word of a query as typed; {@code unknown} when no English title or body has it,
     * {@code common} when so many bodies hold it that it cannot tell articles apart.
     */
    record Word(String typed, boolean unknown, boolean common) {
    }

    /** The words of the text as the English fields see them (at most {@code limit}). */
    List<Word> words(SearchSession session, String text, int limit) {
        List<Word> words = new ArrayList<>();
        try (IndexReader reader = session.scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader();
                TokenStream stream = analyzer().tokenStream(TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int commonFrom = Math.max(COMMON_MIN_ARTICLES,
                    (int) Math.ceil(reader.maxDoc() * COMMON_SHARE));
            while (stream.incrementToken() && words.size() < limit) {
                String typed = text.substring(offset.startOffset(), offset.endOffset());
                int inBodies = reader.docFreq(new Term(BODY, term.toString()));
                boolean unknown = inBodies == 0
                        && reader.docFreq(new Term(TITLE, term.toString())) == 0;
                words.add(new Word(typed, unknown, inBodies >= commonFrom));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Whether the index holds any article (of any site) in this language. */
    boolean hasArticlesIn(SearchSession session, String language) {
        try (IndexReader reader = session.scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.docFreq(new Term("language", language)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Analyzer analyzer() {
        Analyzer analyzer = english;
        if (analyzer == null) {
            analyzer = Search.mapping(entityManagerFactory).backend()
                    .unwrap(LuceneBackend.class).analyzer(SearchAnalysis.ENGLISH)
                    .orElseThrow();
            english = analyzer;
        }
        return analyzer;
    }
}
