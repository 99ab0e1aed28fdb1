package org.portico.messaging.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatDeflectionSignalsTests {

    @Test
    void keysAnArticleOfTheSiteByItsSlug() {
        assertThat(ChatDeflectionSignals.slug("help", "/s/help/articles/export-your-data"))
                .contains("export-your-data");
    }

    @Test
    void keysAnAnsweredQuestionAsTheKnowledgeModuleDoes() {
        assertThat(ChatDeflectionSignals.slug("help", "/s/help/community/questions/42"))
                .contains("question.42");
    }

    @Test
    void ignoresAddressesOfOtherSitesAndOtherPages() {
        assertThat(ChatDeflectionSignals.slug("help", "/s/business/articles/close-the-month"))
                .isEmpty();
        assertThat(ChatDeflectionSignals.slug("help", "/s/business/community/questions/42"))
                .isEmpty();
        assertThat(ChatDeflectionSignals.slug("help", "https://elsewhere.example/x")).isEmpty();
        assertThat(ChatDeflectionSignals.slug("help", null)).isEmpty();
    }
}
