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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The words of a query as the English fields split them, and which of them the English title
 * and body fields know. Typo tolerance is only needed for a word that no article contains as
 * typed: expanding every word to its look-alikes (up to 50 terms each) made common queries
 * score nearly every article several times over.
 */
@Component
@ConditionalOnProperty(name = SearchVocabulary.BACKEND, havingValue = "lucene",
        matchIfMissing = true)
class IndexVocabulary implements SearchVocabulary {

    private static final String[] FIELDS = {"title_en", "body_en"};

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
                TokenStream stream = analyzer().tokenStream(FIELDS[0], text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < limit) {
                words.add(new Word(text.substring(offset.startOffset(), offset.endOffset()),
                        !known(reader, term.toString())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public boolean hasArticlesIn(SearchSession session, String language) {
        try (IndexReader reader = session.scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.docFreq(new Term("language", language)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean known(IndexReader reader, String term) throws IOException {
        for (String field : FIELDS) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return true;
            }
        }
        return false;
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
