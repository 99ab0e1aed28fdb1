package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores suggestions against judged queries: for each query, are suggestions of its category
 * among the first 1 and 5, and at which rank is the first one (mean reciprocal rank over the
 * first 10).
 */
final class RelevanceEvaluation {

    static final int DEPTH = 10;

    /** The figures of one run. */
    record Figures(double recallAt1, double recallAt5, double mrr, int n) {

        String line() {
            return String.format(Locale.ROOT, "recall@1=%.3f recall@5=%.3f mrr=%.3f n=%d",
                    recallAt1, recallAt5, mrr, n);
        }
    }

    /** Corpus and queries made from one labelled file. */
    record Split(List<LabelledCsv.Row> corpus, List<LabelledCsv.Row> queries) {
    }

    private RelevanceEvaluation() {
    }

    /** Every {@code every}-th row becomes a query, the others the corpus (a development split). */
    static Split holdout(List<LabelledCsv.Row> rows, int every) {
        List<LabelledCsv.Row> corpus = new ArrayList<>();
        List<LabelledCsv.Row> queries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (i % every == every - 1 ? queries : corpus).add(rows.get(i));
        }
        return new Split(corpus, queries);
    }

    static Figures run(List<LabelledCsv.Row> corpus, List<LabelledCsv.Row> queries,
            QuestionRanker.Mix mix) {
        return run(new QuestionRanker(corpus, mix), queries);
    }

    static Figures run(QuestionRanker ranker, List<LabelledCsv.Row> queries) {
        int at1 = 0;
        int at5 = 0;
        double reciprocal = 0;
        for (LabelledCsv.Row query : queries) {
            List<LabelledCsv.Row> suggested = ranker.rank(query.text(), DEPTH);
            int rank = rankOf(suggested, query.category());
            at1 += rank == 1 ? 1 : 0;
            at5 += rank >= 1 && rank <= 5 ? 1 : 0;
            reciprocal += rank >= 1 ? 1.0 / rank : 0;
        }
        int n = queries.size();
        return new Figures(n == 0 ? 0 : (double) at1 / n, n == 0 ? 0 : (double) at5 / n,
                n == 0 ? 0 : reciprocal / n, n);
    }

    private static int rankOf(List<LabelledCsv.Row> suggested, String category) {
        for (int i = 0; i < suggested.size(); i++) {
            if (suggested.get(i).category().equals(category)) {
                return i + 1;
            }
        }
        return 0;
    }
}
