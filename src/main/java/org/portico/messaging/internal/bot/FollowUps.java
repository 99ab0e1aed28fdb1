package org.portico.messaging.internal.bot;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a short message leans on what came before ("and my other case?", "what about
 * SO-000123?", "那另一个呢？") instead of saying on its own what it wants. The bot then reads it
 * with the intent of the customer's previous message. Deliberately plain word cues: the intent
 * model is left as it is, so its evaluation figures stay what they are.
 */
final class FollowUps {

    /** Longer messages say what they want by themselves. */
    static final int MAX_WORDS = 8;
    static final int MAX_CHINESE_CHARACTERS = 12;

    private static final Pattern ENGLISH = Pattern.compile(
            "^(and|also|plus|what about|how about|same for|what of)\\b"
                    + "|\\b(other|another|the rest|as well|too)\\b");
    private static final Pattern CHINESE = Pattern.compile(
            "^(那|还有|另外|再)|另一个|另一|其他|其它|呢[？?。]?$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private FollowUps() {
    }

    static boolean looksLikeFollowUp(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return false;
        }
        if (HAN.matcher(clean).find()) {
            return clean.codePointCount(0, clean.length()) <= MAX_CHINESE_CHARACTERS
                    && CHINESE.matcher(clean).find();
        }
        return clean.split("\\s+").length <= MAX_WORDS && ENGLISH.matcher(clean).find();
    }
}
