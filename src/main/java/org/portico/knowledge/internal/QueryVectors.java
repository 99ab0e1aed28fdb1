package org.portico.knowledge.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sentence vectors of recently typed texts. Suggestions ask for the same words again and
 * again (a customer who deletes a letter, many customers asking the same thing), and the model
 * is the dearest part of a suggestion, so the last few thousand texts are kept.
 */
final class QueryVectors {

    static final int KEPT = 4096;

    private final Map<String, float[]> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > KEPT;
        }
    };

    /** The vector of the text, the same for texts that differ only in case and spacing. */
    float[] vector(String text) {
        String key = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        synchronized (recent) {
            float[] known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        float[] vector = SentenceEmbeddings.embed(key);
        synchronized (recent) {
            recent.put(key, vector);
        }
        return vector;
    }
}
