package org.portico.messaging.internal.bot;

/**
 * An example sentence and the intent it expresses; out-of-scope examples carry {@code oos}.
 */
record LabelledText(String text, String intent) {

    static final String OUT_OF_SCOPE = "oos";

    boolean outOfScope() {
        return OUT_OF_SCOPE.equals(intent);
    }
}
