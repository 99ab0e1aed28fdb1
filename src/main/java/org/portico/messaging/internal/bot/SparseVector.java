package org.portico.messaging.internal.bot;

/** Non-zero entries of a feature vector. */
record SparseVector(int[] indices, float[] values) {
}
