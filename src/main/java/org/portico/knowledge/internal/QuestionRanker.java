package org.portico.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Ranks answered questions for a typed text, in memory, apart from the live index: BM25 over
 * the words (English stemmed like the article index, Chinese segmented), mixed with the
 * cosine similarity of sentence embeddings. Suggestions are grouped by category, one per
 * category, so that five suggestions offer five different answers.
 */
final class QuestionRanker {

    /** How lexical and embedding scores are mixed; {@code lexicalWeight} 1 is BM25 alone. */
    record Mix(double lexicalWeight, boolean embeddings, boolean onePerCategory) {

        /** The mix that scored best on the development split (docs/benchmarks.md). */
        static final Mix BEST = new Mix(0.1, true, true);
        static final Mix LEXICAL = new Mix(1.0, false, true);
    }

    private static final int CANDIDATES = 100;

    private final List<LabelledCsv.Row> corpus;
    private final Mix mix;
    private final IndexSearcher searcher;
    private final Analyzer english;
    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final float[][] vectors;
    private Function<String, float[]> embedder = SentenceEmbeddings::embed;

    QuestionRanker(List<LabelledCsv.Row> corpus, Mix mix) {
        this(corpus, mix, mix.embeddings() ? SentenceEmbeddings.embedAll(
                corpus.stream().map(LabelledCsv.Row::text).toList()) : null);
    }

    /** With the corpus's embeddings computed already (one per row, in order). */
    QuestionRanker(List<LabelledCsv.Row> corpus, Mix mix, float[][] vectors) {
        this.corpus = corpus;
        this.mix = mix;
        try {
            this.english = CustomAnalyzer.builder().withTokenizer("standard")
                    .addTokenFilter("lowercase").addTokenFilter("asciiFolding")
                    .addTokenFilter("englishPossessive").addTokenFilter("porterStem").build();
            this.searcher = index(corpus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.vectors = mix.embeddings() ? vectors : null;
    }

    /** Embeds queries another way (precomputed, when comparing several mixes). */
    QuestionRanker embeddingQueriesWith(Function<String, float[]> queries) {
        this.embedder = queries;
        return this;
    }

    /** The best suggestions for a text typed into a form, best first. */
    List<LabelledCsv.Row> rank(String typed, int limit) {
        String text = ArticleSearch.clean(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        Map<Integer, Double> scores = new HashMap<>();
        if (mix.lexicalWeight() > 0) {
            lexical(text).forEach((doc, score) -> scores.merge(doc,
                    mix.lexicalWeight() * score, Double::sum));
        }
        if (vectors != null && mix.lexicalWeight() < 1) {
            semantic(text).forEach((doc, score) -> scores.merge(doc,
                    (1 - mix.lexicalWeight()) * score, Double::sum));
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return pick(ranked, limit);
    }

    private List<LabelledCsv.Row> pick(List<Map.Entry<Integer, Double>> ranked, int limit) {
        Map<String, LabelledCsv.Row> picked = new LinkedHashMap<>();
        List<LabelledCsv.Row> all = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : ranked) {
            LabelledCsv.Row row = corpus.get(entry.getKey());
            if (mix.onePerCategory()) {
                picked.putIfAbsent(row.category(), row);
                if (picked.size() == limit) {
                    break;
                }
            } else if (all.size() < limit) {
                all.add(row);
            }
        }
        return mix.onePerCategory() ? List.copyOf(picked.values()) : all;
    }

    /** BM25 scores of the best candidates, scaled so that the best is 1. */
    private Map<Integer, Double> lexical(String text) {
        boolean han = ArticleSearch.isChinese(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int terms = 0;
        for (String term : terms(han ? chinese : english, text)) {
            query.add(new TermQuery(new Term(han ? "zh" : "en", term)),
                    BooleanClause.Occur.SHOULD);
            terms++;
        }
        Map<Integer, Double> scores = new HashMap<>();
        if (terms == 0) {
            return scores;
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), CANDIDATES).scoreDocs;
            double best = hits.length == 0 ? 1 : hits[0].score;
            for (ScoreDoc hit : hits) {
                scores.put(hit.doc, hit.score / best);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    private Map<Integer, Double> semantic(String text) {
        float[] query = embedder.apply(text);
        List<double[]> best = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            best.add(new double[] {i, SentenceEmbeddings.dot(query, vectors[i])});
        }
        best.sort((a, b) -> Double.compare(b[1], a[1]));
        Map<Integer, Double> scores = new HashMap<>();
        best.stream().limit(CANDIDATES).forEach(s -> scores.put((int) s[0], s[1]));
        return scores;
    }

    private IndexSearcher index(List<LabelledCsv.Row> rows) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Analyzer> fields = Map.of("en", english, "zh", chinese);
        IndexWriterConfig config = new IndexWriterConfig(
                new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(english,
                        fields));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (LabelledCsv.Row row : rows) {
                Document document = new Document();
                document.add(new TextField("en", row.text(), Field.Store.NO));
                document.add(new TextField("zh", row.text(), Field.Store.NO));
                writer.addDocument(document);
            }
        }
        return new IndexSearcher(DirectoryReader.open(directory));
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < 64) {
                String value = term.toString();
                if (value.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
