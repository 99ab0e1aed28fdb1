package org.portico.messaging.internal.bot;

import java.util.List;
import java.util.Locale;

/**
 * An intent the bot recognises, with its example phrases per language.
 *
 * @param name a short identifier, for example {@code order_status}
 * @param answerEn the fixed English answer, or {@code null} to use the task's own answer
 * @param answerZh likewise in Chinese
 */
public record BotIntent(long id, String name, BotTask task, String answerEn, String answerZh,
        boolean builtIn, List<String> phrasesEn, List<String> phrasesZh) {

    /** The fixed answer in the customer's language (English when there is none in Chinese). */
    public String answer(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        String answer = chinese && hasText(answerZh) ? answerZh : answerEn;
        return hasText(answer) ? answer : null;
    }

    public int phraseCount() {
        return phrasesEn.size() + phrasesZh.size();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
