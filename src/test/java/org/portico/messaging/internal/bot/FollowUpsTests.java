package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FollowUpsTests {

    @Test
    void shortMessagesThatLeanOnTheOneBeforeAreFollowUps() {
        for (String text : List.of("and my other case?", "And the other one?",
                "what about SO-000123?", "how about the second order", "that one too",
                "那另一个呢？", "还有我的订单", "其他的呢")) {
            assertThat(FollowUps.looksLikeFollowUp(text)).as(text).isTrue();
        }
    }

    @Test
    void messagesThatSayWhatTheyWantAreNot() {
        for (String text : List.of("", "   ", "hello", "what is the status of my case",
                "I want to open a case about another invoice that was charged twice last month",
                "转人工", "我忘记密码了")) {
            assertThat(FollowUps.looksLikeFollowUp(text)).as(text).isFalse();
        }
    }
}
