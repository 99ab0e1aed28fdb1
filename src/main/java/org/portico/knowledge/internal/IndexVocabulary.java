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
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
@ConditionalOnProperty(name = SearchVocabulary.BACKEND, havingValue = "lucene",
        matchIfMissing = true)
class IndexVocabulary implements SearchVocabulary {

    private static final String TITLE = "title_en";
    private static final String BODY = "body_en";

    private final EntityManagerFactory entityManagerFactory;
    private volatile Analyzer english;

    IndexVocabulary(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public List<Word> words(SearchSession session, String text, int limit) {
        List<Word> words = new ArrayList<>();
        try (IndexReader reader = session.scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader();
                TokenStream stream = analyzer().tokenStream(TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < limit) {
                String typed = text.substring(offset.startOffset(), offset.endOffset());
                int inBodies = reader.docFreq(new Term(BODY, term.toString()));
                boolean unknown = inBodies == 0
                        && reader.docFreq(new Term(TITLE, term.toString())) == 0;
                words.add(new Word(typed, unknown,
                        SearchVocabulary.isCommon(inBodies, reader.maxDoc())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public boolean hasArticlesIn(SearchSession session, String language) {
        return holds(session, new Term("language", language));
    }

    @Override
    public boolean hasReadersKey(SearchSession session, String key) {
        return holds(session, new Term("readers", key));
    }

    /** Whether some article in the index holds this term. */
    private static boolean holds(SearchSession session, Term term) {
        try (IndexReader reader = session.scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.docFreq(term) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each node keeps its own index, and a rebuild requested in the database is taken by one
     * node only: every node checks its own at start.
     */
    @Override
    public boolean isOutdated() {
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.numDocs() > 0
                    && FieldInfos.getMergedFieldInfos(reader).fieldInfo("body_pairs") == null;
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
