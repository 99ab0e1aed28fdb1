package org.portico.messaging.internal.bot;

import java.util.Arrays;
import java.util.List;

/**
 * An intent as an administrator edits it: phrases one per line.
 */
class BotIntentForm {

    static final int MAX_PHRASE = 300;
    static final int MAX_ANSWER = 1000;

    private String name = "";

    private String phrasesEn = "";

    private String phrasesZh = "";

    private String answerEn = "";

    private String answerZh = "";

    static BotIntentForm of(BotIntent intent) {
        BotIntentForm form = new BotIntentForm();
        form.setName(intent.name());
        form.setPhrasesEn(String.join("\n", intent.phrasesEn()));
        form.setPhrasesZh(String.join("\n", intent.phrasesZh()));
        form.setAnswerEn(intent.answerEn() == null ? "" : intent.answerEn());
        form.setAnswerZh(intent.answerZh() == null ? "" : intent.answerZh());
        return form;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
    }

    boolean hasValidName() {
        return name != null && name.matches("[a-z][a-z0-9_]{1,59}");
    }

    boolean hasPhrases() {
        return !lines(phrasesEn).isEmpty() || !lines(phrasesZh).isEmpty();
    }

    boolean hasShortPhrases() {
        return lines(phrasesEn).stream().allMatch(line -> line.length() <= MAX_PHRASE)
                && lines(phrasesZh).stream().allMatch(line -> line.length() <= MAX_PHRASE);
    }

    boolean hasShortAnswers() {
        return length(answerEn) <= MAX_ANSWER && length(answerZh) <= MAX_ANSWER;
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getPhrasesEn() {
        return phrasesEn;
    }

    public void setPhrasesEn(String phrasesEn) {
        this.phrasesEn = phrasesEn;
    }

    public String getPhrasesZh() {
        return phrasesZh;
    }

    public void setPhrasesZh(String phrasesZh) {
        this.phrasesZh = phrasesZh;
    }

    public String getAnswerEn() {
        return answerEn;
    }

    public void setAnswerEn(String answerEn) {
        this.answerEn = answerEn;
    }

    public String getAnswerZh() {
        return answerZh;
    }

    public void setAnswerZh(String answerZh) {
        this.answerZh = answerZh;
    }
}
