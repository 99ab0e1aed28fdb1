package org.portico.messaging.internal.bot;

import java.util.List;

/**
 * Turns sentences into dense vectors whose closeness reflects closeness of meaning.
 */
interface SentenceEncoder {

    /** An encoder that adds nothing: the classifier then works on words and characters only. */
    SentenceEncoder NONE = new SentenceEncoder() {
        @Override
        public int dimension() {
            return 0;
        }

        @Override
        public List<float[]> encode(List<String> texts) {
            return texts.stream().map(text -> new float[0]).toList();
        }
    };

    int dimension();

    /** One unit-length vector per text, in the same order. */
    List<float[]> encode(List<String> texts);
}
