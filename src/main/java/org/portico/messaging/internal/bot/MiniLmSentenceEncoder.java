package org.portico.messaging.internal.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The all-MiniLM-L6-v2 sentence model (quantised, 384 dimensions), shipped inside the jar and
 * run in-process on ONNX Runtime. Loaded on first use; vectors are kept so that retraining and
 * evaluation never encode one sentence twice.
 */
final class MiniLmSentenceEncoder implements SentenceEncoder {

    private static final int DIMENSION = 384;
    private static final int MAX_CACHED = 50_000;

    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private volatile EmbeddingModel model;

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        Map<String, float[]> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            float[] vector = cache.get(text);
            if (vector == null) {
                missing.add(text);
            } else {
                found.put(text, vector);
            }
        }
        if (!missing.isEmpty()) {
            found.putAll(encodeMissing(missing));
        }
        return texts.stream().map(found::get).toList();
    }

    private Map<String, float[]> encodeMissing(List<String> missing) {
        List<Embedding> vectors = model().embedAll(
                missing.stream().map(MiniLmSentenceEncoder::segment).toList()).content();
        if (cache.size() + missing.size() > MAX_CACHED) {
            cache.clear();
        }
        Map<String, float[]> encoded = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            encoded.put(missing.get(i), vectors.get(i).vector());
        }
        cache.putAll(encoded);
        return encoded;
    }

    private static TextSegment segment(String text) {
        return TextSegment.from(text.isBlank() ? "?" : text);
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
