package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.portico.knowledge.ArticleSuggestion;

class ArticleRelevanceTests {

    private static final ArticleSuggestion BUDGET = new ArticleSuggestion("Create a budget",
            "/s/help/articles/budgets", "Budgets keep your spending on track each month.");
    private static final ArticleSuggestion BUDGET_ZH = new ArticleSuggestion("创建预算",
            "/s/help/articles/budgets", "预算帮助您控制每月的开支。");

    @Test
    void acceptsAnArticleAboutTheQuestion() {
        assertThat(ArticleRelevance.isAbout("how do I create a budget for next month", BUDGET))
                .isTrue();
        assertThat(ArticleRelevance.isAbout("如何创建预算", BUDGET_ZH)).isTrue();
    }

    @Test
    void refusesAnArticleThatSharesOnlyCommonWords() {
        assertThat(ArticleRelevance.isAbout("what is the weather like in paris today", BUDGET))
                .isFalse();
        assertThat(ArticleRelevance.isAbout("how do I do this", BUDGET)).isFalse();
        assertThat(ArticleRelevance.isAbout("今天天气怎么样", BUDGET_ZH)).isFalse();
        assertThat(ArticleRelevance.isAbout("", BUDGET)).isFalse();
    }

    @Test
    void matchesInflectedWordsByTheirStem() {
        assertThat(ArticleRelevance.contentTerms("Budgeting budgets, the BUDGET"))
                .containsExactly("budge");
    }
}
