package org.portico.messaging.internal.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trained intent classifier: TF-IDF word and character n-grams plus a sentence embedding,
 * fed to a multinomial logistic regression. Out-of-scope examples, when given, form a class of
 * their own; a threshold on the winning probability turns doubtful answers into {@code oos}.
 */
final class IntentModel {

    private static final double LEARNING_RATE = 0.5;
    private static final long SEED = 17;
    private static final int UPDATES = 150_000;
    private static final int MIN_EPOCHS = 10;
    private static final int MAX_EPOCHS = 200;

    /** The intent the model found most likely and its probability. */
    record Prediction(String intent, double confidence) {

        /** This prediction, or {@code oos} when its confidence is below the threshold. */
        Prediction decided(double threshold) {
            if (confidence < threshold) {
                return new Prediction(LabelledText.OUT_OF_SCOPE, confidence);
            }
            return this;
        }

        boolean outOfScope() {
            return LabelledText.OUT_OF_SCOPE.equals(intent);
        }
    }

    private final TextFeatures features;
    private final SentenceEncoder encoder;
    private final List<String> intents;
    private final SoftmaxRegression regression;

    private IntentModel(TextFeatures features, SentenceEncoder encoder, List<String> intents,
            SoftmaxRegression regression) {
        this.features = features;
        this.encoder = encoder;
        this.intents = intents;
        this.regression = regression;
    }

    /** Trains on the examples; needs at least one example. */
    static IntentModel train(List<LabelledText> examples, SentenceEncoder encoder) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("No examples to learn from");
        }
        List<String> texts = examples.stream().map(LabelledText::text).toList();
        TextFeatures features = new TextFeatures();
        features.fit(texts);
        Map<String, Integer> classes = new TreeMap<>();
        examples.forEach(example -> classes.putIfAbsent(example.intent(), 0));
        List<String> intents = List.copyOf(classes.keySet());
        for (int i = 0; i < intents.size(); i++) {
            classes.put(intents.get(i), i);
        }
        SoftmaxRegression regression = new SoftmaxRegression(intents.size(),
                features.dimension(), encoder.dimension());
        List<float[]> vectors = encoder.encode(texts);
        List<SoftmaxRegression.Row> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            rows.add(new SoftmaxRegression.Row(features.vector(texts.get(i)), vectors.get(i),
                    classes.get(examples.get(i).intent())));
        }
        regression.train(rows, epochs(rows.size()), LEARNING_RATE, SEED);
        return new IntentModel(features, encoder, intents, regression);
    }

    private static int epochs(int rows) {
        return Math.max(MIN_EPOCHS, Math.min(MAX_EPOCHS, UPDATES / rows));
    }

    List<String> intents() {
        return intents;
    }

    Prediction predict(String text) {
        return predictAll(List.of(text == null ? "" : text)).get(0);
    }

    /** The most likely intent of each text, encoding the texts in one batch. */
    List<Prediction> predictAll(List<String> texts) {
        List<float[]> vectors = encoder.encode(texts);
        double[] probabilities = new double[intents.size()];
        List<Prediction> predictions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            regression.probabilities(features.vector(texts.get(i)), vectors.get(i),
                    probabilities);
            int best = 0;
            for (int c = 1; c < probabilities.length; c++) {
                if (probabilities[c] > probabilities[best]) {
                    best = c;
                }
            }
            predictions.add(new Prediction(intents.get(best), probabilities[best]));
        }
        return predictions;
    }
}
