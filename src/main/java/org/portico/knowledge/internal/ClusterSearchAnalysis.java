package org.portico.knowledge.internal;

import static org.portico.knowledge.internal.SearchAnalysis.AUTOCOMPLETE;
import static org.portico.knowledge.internal.SearchAnalysis.AUTOCOMPLETE_QUERY;
import static org.portico.knowledge.internal.SearchAnalysis.CHINESE;
import static org.portico.knowledge.internal.SearchAnalysis.ENGLISH;
import static org.portico.knowledge.internal.SearchAnalysis.ENGLISH_PAIRS;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis} for an OpenSearch or Elasticsearch cluster, built only
 * from what every cluster ships (its analysis-common module), so that Portico needs no plugin
 * installed there. English text (alone and in pairs) and autocomplete text are analyzed
 * exactly as in the embedded index.
 * Chinese is not: a cluster has no smartcn segmenter unless its plugin is installed, so Chinese
 * text is split into overlapping pairs of characters instead of words. A query for "退款" still
 * matches only texts holding that pair, not every text containing "款", but a two-character word
 * can also match across the boundary of two words.
 */
public class ClusterSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "portico_english_possessive";
    private static final String PREFIXES = "portico_prefixes";
    private static final String PAIRS = "portico_pairs";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(PREFIXES).type("edge_ngram").param("min_gram", 2)
                .param("max_gram", 15);
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", POSSESSIVE, "porter_stem");
        context.tokenFilter(PAIRS).type("shingle").param("min_shingle_size", 2)
                .param("max_shingle_size", 2).param("output_unigrams", false);
        context.analyzer(ENGLISH_PAIRS).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", POSSESSIVE, "porter_stem", PAIRS);
        context.analyzer(CHINESE).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
        context.analyzer(AUTOCOMPLETE).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", PREFIXES);
        context.analyzer(AUTOCOMPLETE_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
