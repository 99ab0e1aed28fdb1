package org.portico.knowledge;

/**
 * When typed text is long enough to suggest anything: three letters, or two Chinese
 * characters. One Chinese character carries about as much as a short English word, and most
 * Chinese words ("预算", "退款") are two characters long, so counting characters alone would
 * keep a Chinese reader waiting for a third one.
 */
public final class SuggestionThreshold {

    private static final int WEIGHT = 3;

    private SuggestionThreshold() {
    }

    public static boolean reached(String text) {
        int weight = text.codePoints().map(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
        return weight >= WEIGHT;
    }
}
