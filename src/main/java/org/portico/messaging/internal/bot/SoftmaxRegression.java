package org.portico.messaging.internal.bot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse text features and a dense sentence embedding,
 * trained by stochastic gradient descent.
 */
final class SoftmaxRegression {

    /** One training row: its features and the index of its class. */
    record Row(SparseVector sparse, float[] dense, int label) {
    }

    private final int classes;
    private final float[] sparseWeights;
    private final float[] denseWeights;
    private final float[] bias;
    private final int denseDimension;

    SoftmaxRegression(int classes, int sparseDimension, int denseDimension) {
        this.classes = classes;
        this.denseDimension = denseDimension;
        this.sparseWeights = new float[sparseDimension * classes];
        this.denseWeights = new float[denseDimension * classes];
        this.bias = new float[classes];
    }

    void train(List<Row> rows, int epochs, double learningRate, long seed) {
        List<Row> order = new ArrayList<>(rows);
        Random random = new Random(seed);
        double[] probabilities = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            float rate = (float) (learningRate / (1 + epoch * 0.5));
            for (Row row : order) {
                probabilities(row.sparse(), row.dense(), probabilities);
                probabilities[row.label()] -= 1;
                update(row, probabilities, rate);
            }
        }
    }

    private void update(Row row, double[] gradient, float rate) {
        int[] indices = row.sparse().indices();
        float[] values = row.sparse().values();
        for (int k = 0; k < indices.length; k++) {
            int offset = indices[k] * classes;
            float step = rate * values[k];
            for (int c = 0; c < classes; c++) {
                sparseWeights[offset + c] -= (float) (step * gradient[c]);
            }
        }
        float[] dense = row.dense();
        for (int k = 0; k < denseDimension; k++) {
            int offset = k * classes;
            float step = rate * dense[k];
            for (int c = 0; c < classes; c++) {
                denseWeights[offset + c] -= (float) (step * gradient[c]);
            }
        }
        for (int c = 0; c < classes; c++) {
            bias[c] -= (float) (rate * gradient[c]);
        }
    }

    /** Fills {@code out} with the probability of each class. */
    void probabilities(SparseVector sparse, float[] dense, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = bias[c];
        }
        int[] indices = sparse.indices();
        float[] values = sparse.values();
        for (int k = 0; k < indices.length; k++) {
            int offset = indices[k] * classes;
            for (int c = 0; c < classes; c++) {
                out[c] += sparseWeights[offset + c] * values[k];
            }
        }
        for (int k = 0; k < denseDimension; k++) {
            int offset = k * classes;
            for (int c = 0; c < classes; c++) {
                out[c] += denseWeights[offset + c] * dense[k];
            }
        }
        softmax(out);
    }

    private static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
    }
}
