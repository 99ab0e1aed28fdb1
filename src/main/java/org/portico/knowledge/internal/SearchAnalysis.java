package org.portico.knowledge.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers for searchable text. English text is stemmed and folded; Chinese text is split
 * into words by the smartcn segmenter rather than into single characters, so that a query for
 * "退款" does not match every text containing "款". Each text is indexed with both, and
 * queries run against both. The segmenter keeps punctuation as tokens; those are dropped, or
 * a question mark in a query would match every text that contains one. English bodies are
 * also indexed as pairs of adjacent words: matching a query's pairs weighs words that stand
 * together as typed, like a phrase, without reading the positions of every common word.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "portico_english";
    public static final String CHINESE = "portico_chinese";
    /** English words in pairs ("fee for", "for make"), for a cheap phrase match of bodies. */
    public static final String ENGLISH_PAIRS = "portico_english_pairs";
    public static final String AUTOCOMPLETE = "portico_autocomplete";
    public static final String AUTOCOMPLETE_QUERY = "portico_autocomplete_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("porterStem");
        context.analyzer(ENGLISH_PAIRS).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("porterStem")
                .tokenFilter("shingle").param("minShingleSize", "2").param("maxShingleSize", "2")
                        .param("outputUnigrams", "false");
        context.analyzer(CHINESE).custom()
                .tokenizer("hmmChinese")
                .tokenFilter("lowercase")
                .tokenFilter("patternReplace").param("pattern", "[^\\p{L}\\p{N}]+")
                        .param("replacement", "").param("replace", "all")
                .tokenFilter("length").param("min", "1").param("max", "255");
        context.analyzer(AUTOCOMPLETE).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "2").param("maxGramSize", "15");
        context.analyzer(AUTOCOMPLETE_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
