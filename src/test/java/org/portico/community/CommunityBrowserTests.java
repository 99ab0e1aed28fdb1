package org.portico.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class CommunityBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    CommunityContent content;

    @Autowired
    KnowledgeAuthoring authoring;

    @Test
    void onAPhoneAMemberFindsTheAnswerAmongTheSuggestionsAndAsksNothing() {
        authoring.publish(new NewArticle("help", "phone-zorblat-limits", "en",
                "Zorblat transfer limits", "budgets",
                "A zorblat transfer may move up to 500 a day.", "public"));
        PorticoUser asker = new CommunityMembers(directory, content).trusted("Phone Finder");

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("help", asker.email(), CasePeople.PASSWORD);
            browser.open("/s/help/community/ask");
            browser.type(By.id("title"), "zorblat transfer limit");
            browser.waitForText(By.id("suggested-articles"), "Zorblat transfer limits");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.find(By.cssSelector("#suggested-articles .answered")).click();
            browser.waitForUrl("/s/help/community?answered");
        }
    }

    @Test
    void onAPhoneOneMemberAsksAnotherAnswersAndTheAskerAccepts() {
        CommunityMembers members = new CommunityMembers(directory, content);
        PorticoUser asker = members.trusted("Phone Asker");
        PorticoUser helper = members.trusted("Phone Helper");
        String question;

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("help", asker.email(), CasePeople.PASSWORD);
            browser.open("/s/help").openMenu().clickToLoad(By.id("nav-community"));
            browser.clickToLoad(By.id("ask-question"));
            browser.type(By.id("title"), "Where do I find last year's tax summary?");
            new Select(browser.find(By.id("topic"))).selectByValue("taxes");
            browser.type(By.id("body"), "I need the **2025** summary for my accountant.");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("community-ask-phone");
            browser.clickToLoad(By.id("post-question"));
            browser.waitForText(By.id("question-title"), "last year's tax summary");
            question = browser.currentPath();
        }

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("help", helper.email(), CasePeople.PASSWORD);
            browser.open(question);
            browser.type(By.id("body"), "Open *Taxes → Summaries* and pick 2025.");
            browser.clickToLoad(By.id("post-answer"));
            browser.waitForText(By.id("answers-heading"), "1 answer");
        }

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("help", asker.email(), CasePeople.PASSWORD);
            browser.open(question);
            browser.clickToLoad(By.cssSelector(".accept-answer"));
            browser.waitForText(By.cssSelector(".accepted-answer .accepted-badge"), "Accepted");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("community-accepted-phone");
        }
    }
}
