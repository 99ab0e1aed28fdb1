package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The in-process sentence-embedding model (all-MiniLM-L6-v2, quantised, on ONNX Runtime):
 * turns a text into a unit vector so that texts of similar meaning lie close together. The
 * model is loaded on first use (about 90 MB of memory), never at start-up.
 */
final class SentenceEmbeddings {

    private static final int BATCH = 64;

    private static volatile EmbeddingModel model;

    private SentenceEmbeddings() {
    }

    static float[] embed(String text) {
        return normalise(model().embed(text).content().vector());
    }

    static float[][] embedAll(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String text : texts.subList(start, Math.min(texts.size(), start + BATCH))) {
                batch.add(TextSegment.from(text));
            }
            List<Embedding> embedded = model().embedAll(batch).content();
            for (int i = 0; i < embedded.size(); i++) {
                vectors[start + i] = normalise(embedded.get(i).vector());
            }
        }
        return vectors;
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] normalise(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }

    private static EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (SentenceEmbeddings.class) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
