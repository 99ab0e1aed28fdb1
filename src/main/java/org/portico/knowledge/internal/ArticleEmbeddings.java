package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Re-ranks the articles that lexical search found for a suggestion by mixing their scores
 * with the meaning of the typed text (sentence embeddings of the title and summary), in the
 * proportion that scored best in the relevance evaluation. Article vectors come with the
 * articles ({@link MeaningVectors}); one not computed yet is embedded here and kept in memory
 * per article version. Switched off with {@code portico.knowledge.embeddings=false}; if the
 * model cannot run on this machine, suggestions stay lexical.
 */
@Component
class ArticleEmbeddings {

    private static final Logger log = LoggerFactory.getLogger(ArticleEmbeddings.class);
    private static final int MAX_CACHED = 20_000;

    private final boolean enabled;
    private final Map<Long, Cached> vectors = new ConcurrentHashMap<>();
    private final QueryVectors queries = new QueryVectors();
    private volatile boolean broken;

    ArticleEmbeddings(@Value("${portico.knowledge.embeddings:true}") boolean enabled) {
        this.enabled = enabled;
    }

    /** A lexical hit with its score. */
    record Scored(ArticleRows.Row article, float score) {
    }

    private record Cached(String hash, float[] vector) {
    }

    boolean enabled() {
        return enabled && !broken;
    }

    /** The candidates in the mixed order, at most {@code limit}. */
    List<ArticleRows.Row> rerank(String text, List<Scored> candidates, int limit) {
        if (!enabled() || candidates.size() < 2) {
            return candidates.stream().limit(limit).map(Scored::article).toList();
        }
        try {
            float[] query = queries.vector(text);
            Map<Long, float[]> articles = vectors(candidates);
            double best = candidates.stream().mapToDouble(Scored::score).max().orElse(1);
            double weight = QuestionRanker.Mix.BEST.lexicalWeight();
            List<Scored> mixed = new ArrayList<>();
            for (Scored hit : candidates) {
                double cosine = SentenceEmbeddings.dot(query, articles.get(hit.article().id()));
                mixed.add(new Scored(hit.article(), (float) (weight * hit.score() / best
                        + (1 - weight) * cosine)));
            }
            mixed.sort(Comparator.comparingDouble(Scored::score).reversed());
            return mixed.stream().limit(limit).map(Scored::article).toList();
        } catch (RuntimeException | LinkageError e) {
            broken = true;
            log.warn("Sentence embeddings unavailable, suggestions stay lexical: {}",
                    e.toString());
            return candidates.stream().limit(limit).map(Scored::article).toList();
        }
    }

    /**
     * The vectors of the candidates: stored with the article, or else kept from an earlier
     * suggestion; those still missing (an article published a moment ago, or a data folder
     * whose vectors are still being computed) are embedded together, which costs the model
     * far less than one call per article.
     */
    private Map<Long, float[]> vectors(List<Scored> candidates) {
        Map<Long, float[]> found = new HashMap<>();
        List<ArticleRows.Row> missing = new ArrayList<>();
        for (Scored hit : candidates) {
            ArticleRows.Row article = hit.article();
            Cached cached = vectors.get(article.id());
            if (article.meaning() != null) {
                found.put(article.id(), article.meaning());
            } else if (cached != null && cached.hash().equals(article.contentHash())) {
                found.put(article.id(), cached.vector());
            } else {
                missing.add(article);
            }
        }
        if (!missing.isEmpty()) {
            float[][] embedded = SentenceEmbeddings.embedAll(missing.stream()
                    .map(article -> MeaningVectors.text(article.title(), article.summary()))
                    .toList());
            if (vectors.size() + missing.size() > MAX_CACHED) {
                vectors.clear();
            }
            for (int i = 0; i < missing.size(); i++) {
                ArticleRows.Row article = missing.get(i);
                vectors.put(article.id(), new Cached(article.contentHash(), embedded[i]));
                found.put(article.id(), embedded[i]);
            }
        }
        return found;
    }
}
