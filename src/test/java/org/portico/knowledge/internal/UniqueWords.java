package org.portico.knowledge.internal;

import java.util.UUID;

/** Words no other test uses, so that a search finds only the article a test wrote. */
final class UniqueWords {

    private UniqueWords() {
    }

    /** The word followed by six random letters (a-p), so that analyzers keep it as one word. */
    static String unique(String word) {
        StringBuilder letters = new StringBuilder(word);
        UUID.randomUUID().toString().replace("-", "").chars().limit(6)
                .forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }
}
