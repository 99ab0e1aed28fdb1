package org.portico.messaging.internal.bot;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a sentence into TF-IDF weighted word and character n-gram features: words carry the
 * meaning of English, character n-grams catch typos, inflections and Chinese, which has no
 * spaces between words.
 */
final class TextFeatures {

    private static final int MIN_CHAR_GRAM = 2;
    private static final int MAX_CHAR_GRAM = 4;

    private final Map<String, Integer> index = new HashMap<>();
    private float[] idf = new float[0];

    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return folded.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    static List<String> terms(String text) {
        String clean = normalise(text);
        List<String> terms = new ArrayList<>();
        List<String> words = words(clean);
        String previous = "^";
        for (String word : words) {
            terms.add("w:" + word);
            terms.add("b:" + previous + " " + word);
            previous = word;
        }
        if (!words.isEmpty()) {
            terms.add("b:" + previous + " $");
        }
        String padded = " " + clean + " ";
        for (int n = MIN_CHAR_GRAM; n <= MAX_CHAR_GRAM; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                terms.add("c:" + padded.substring(i, i + n));
            }
        }
        return terms;
    }

    private static List<String> words(String clean) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        clean.codePoints().forEach(cp -> {
            if (Character.isIdeographic(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else if (cp == ' ') {
                flush(word, words);
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Learns the vocabulary and the inverse document frequencies. */
    void fit(List<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            terms(text).stream().distinct()
                    .forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        index.clear();
        List<Float> weights = new ArrayList<>();
        documentFrequency.forEach((term, df) -> {
            index.put(term, index.size());
            weights.add((float) (Math.log((1.0 + texts.size()) / (1.0 + df)) + 1.0));
        });
        idf = new float[weights.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = weights.get(i);
        }
    }

    int dimension() {
        return idf.length;
    }

    /** The sentence's features, L2-normalised; unknown terms are dropped. */
    SparseVector vector(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String term : terms(text)) {
            Integer i = index.get(term);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = new int[counts.size()];
        float[] values = new float[counts.size()];
        int k = 0;
        double norm = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            indices[k] = e.getKey();
            values[k] = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
            norm += values[k] * values[k];
            k++;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return new SparseVector(indices, values);
    }
}
