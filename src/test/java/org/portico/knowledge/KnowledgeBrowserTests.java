package org.portico.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class KnowledgeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void authorOnAPhoneWritesWithAPreviewAndAnotherAuthorPublishesForReaders() {
        PorticoUser author = new CasePeople(directory).user("Ada Author", Role.AUTHOR, null);
        PorticoUser reviewer = new CasePeople(directory).user("Rex Reviewer", Role.AUTHOR, null);
        String slug = "phone-" + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            signInToConsole(browser, author);
            browser.open("/console/knowledge/new?site=help");
            browser.type(By.id("title"), "Reconcile a bank feed");
            browser.type(By.id("slug"), slug);
            browser.type(By.id("topic"), "bookkeeping");
            browser.type(By.id("markdown"), "Open the **Feeds** page.");
            browser.waitForText(By.cssSelector("#preview strong"), "Feeds");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.clickToLoad(By.id("create-article"));

            browser.type(By.id("markdown"), "## Before you start\n\nOpen **Banking**.\n\n"
                    + "## Match\n\nPick a line.\n\n## Finish\n\nSave it.");
            browser.waitForText(By.cssSelector("#preview strong"), "Banking");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("knowledge-editor-phone");
            browser.clickToLoad(By.id("save-draft"));
            browser.clickToLoad(By.id("submit-review"));
            browser.waitForText(By.id("awaiting-review"), "another author");
            String editorPath = browser.currentPath();

            browser.driver().manage().deleteAllCookies();
            signInToConsole(browser, reviewer);
            browser.open(editorPath);
            browser.clickToLoad(By.id("publish"));
            browser.waitForText(By.id("lifecycle"), "Published");

            browser.open("/s/help/articles/" + slug);
            browser.waitForText(By.cssSelector("h1"), "Reconcile a bank feed");
            browser.waitForText(By.id("toc"), "Match");
            WebElement yes = browser.find(By.id("feedback-yes"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", yes);
            yes.click();
            browser.waitForText(By.id("feedback-thanks"), "Thank you");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("knowledge-article-phone");
        }
    }

    private static void signInToConsole(Browser browser, PorticoUser user) {
        browser.open("/console/signin");
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), CasePeople.PASSWORD);
        browser.clickToLoad(By.id("signin-submit"));
    }
}
