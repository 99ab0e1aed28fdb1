package org.portico.messaging.internal.bot;

import java.util.HashSet;
import java.util.Set;

import org.portico.knowledge.ArticleSuggestion;

/**
 * Whether a suggested article is about the message, not only sharing a common word with it:
 * half of the message's content words (English stems, Chinese character pairs) must appear
 * in the article's title or snippet. The knowledge search ranks, this decides whether the best
 * match is good enough to answer with rather than a guess.
 */
final class ArticleRelevance {

    private static final double SHARE = 0.5;
    private static final int STEM = 5;
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "you", "your",
            "what", "how", "can", "could", "would", "should", "are", "was", "were", "with",
            "this", "that", "from", "have", "has", "does", "did", "want", "need", "please",
            "get", "there", "here", "about", "when", "where", "which", "who", "why", "will",
            "into", "some", "any", "like", "tell", "know", "not", "but", "its", "it's",
            "i'm", "don't", "can't", "mine", "our", "they", "them", "then", "than", "also");
    private static final Set<String> STOP_PAIRS = Set.of("怎么", "什么", "如何", "我的", "可以",
            "一下", "请问", "为什", "么我", "你们", "我们", "是不", "不是", "怎样");

    private ArticleRelevance() {
    }

    static boolean isAbout(String message, ArticleSuggestion article) {
        Set<String> wanted = contentTerms(message);
        if (wanted.isEmpty()) {
            return false;
        }
        Set<String> offered = contentTerms(article.title() + " "
                + (article.snippet() == null ? "" : article.snippet()));
        long shared = wanted.stream().filter(offered::contains).count();
        return shared > 0 && shared >= SHARE * wanted.size();
    }

    static Set<String> contentTerms(String text) {
        Set<String> terms = new HashSet<>();
        StringBuilder chinese = new StringBuilder();
        for (String token : TextFeatures.normalise(text).split(" ")) {
            token.codePoints().forEach(cp -> {
                if (Character.isIdeographic(cp)) {
                    chinese.appendCodePoint(cp);
                }
            });
            addChinesePairs(chinese.toString(), terms);
            chinese.setLength(0);
            String latin = token.replaceAll("\\p{IsIdeographic}", "");
            if (latin.length() >= 3 && !STOP_WORDS.contains(latin)) {
                terms.add(latin.length() > STEM ? latin.substring(0, STEM) : latin);
            }
        }
        return terms;
    }

    private static void addChinesePairs(String run, Set<String> terms) {
        int[] chars = run.codePoints().toArray();
        if (chars.length == 1) {
            terms.add(run);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            String pair = new String(chars, i, 2);
            if (!STOP_PAIRS.contains(pair)) {
                terms.add(pair);
            }
        }
    }
}
