package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IntentModelTests {

    private static final List<LabelledText> EXAMPLES = examples();

    private static List<LabelledText> examples() {
        List<LabelledText> rows = new ArrayList<>();
        add(rows, "weather", "what is the weather today", "will it rain tomorrow",
                "is it sunny outside", "weather forecast for the weekend", "how cold is it");
        add(rows, "balance", "what is my account balance", "how much money do I have",
                "show my balance", "balance of my checking account", "how much is in savings");
        add(rows, "refund", "I want a refund", "give me my money back", "refund my order",
                "how do I get a refund", "return this and refund me");
        add(rows, "refund", "我要退款", "请给我退款", "退款怎么办理");
        add(rows, "balance", "我的余额是多少", "查询余额", "账户余额");
        add(rows, LabelledText.OUT_OF_SCOPE, "tell me a joke", "who is the president",
                "play a song", "what is the capital of peru");
        return rows;
    }

    private static void add(List<LabelledText> rows, String intent, String... texts) {
        for (String text : texts) {
            rows.add(new LabelledText(text, intent));
        }
    }

    @Test
    void recognisesUnseenWordingsOfKnownIntents() {
        IntentModel model = IntentModel.train(EXAMPLES, SentenceEncoder.NONE);

        assertThat(model.predict("will it be sunny tomorrow").intent()).isEqualTo("weather");
        assertThat(model.predict("how much money is in my account").intent())
                .isEqualTo("balance");
        assertThat(model.predict("please refund me").intent()).isEqualTo("refund");
    }

    @Test
    void recognisesChineseByCharacters() {
        IntentModel model = IntentModel.train(EXAMPLES, SentenceEncoder.NONE);

        assertThat(model.predict("能退款吗").intent()).isEqualTo("refund");
        assertThat(model.predict("余额多少").intent()).isEqualTo("balance");
    }

    @Test
    void knowsEveryIntentAndTheOutOfScopeClass() {
        IntentModel model = IntentModel.train(EXAMPLES, SentenceEncoder.NONE);

        assertThat(model.intents()).containsExactly("balance", "oos", "refund", "weather");
    }

    @Test
    void answersOutOfScopeBelowTheThreshold() {
        IntentModel.Prediction unsure = new IntentModel.Prediction("refund", 0.2);

        assertThat(unsure.decided(0.3).intent()).isEqualTo("oos");
        assertThat(unsure.decided(0.3).confidence()).isEqualTo(0.2);
        assertThat(unsure.decided(0.1).intent()).isEqualTo("refund");
    }

    @Test
    void givesProbabilitiesBetweenZeroAndOneEvenForEmptyOrOddText() {
        IntentModel model = IntentModel.train(EXAMPLES, SentenceEncoder.NONE);

        for (String text : List.of("", "!!!", "zzqx", "a".repeat(5000), "😀")) {
            assertThat(model.predict(text).confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void refusesToTrainOnNothing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntentModel.train(List.of(), SentenceEncoder.NONE));
    }

    @Test
    void normalisesWidthCaseAndPunctuation() {
        assertThat(TextFeatures.normalise("Ｈｅｌｌｏ, World!")).isEqualTo("hello world");
        assertThat(TextFeatures.terms("我要退款")).contains("w:退", "w:款", "c:退款");
    }
}
