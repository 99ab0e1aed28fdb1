package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class BotConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void administratorOnAPhoneTriesTheBotInChinese() {
        PorticoUser admin = new CasePeople(directory).user("Ada Admin", Role.ADMIN, null);

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.open("/console/signin");
            browser.type(By.id("email"), admin.email());
            browser.type(By.id("password"), CasePeople.PASSWORD);
            browser.clickToLoad(By.id("signin-submit"));
            browser.open("/console/bot?lang=zh_CN");
            assertThat(browser.find(By.id("intent-list")).getText()).contains("talk_to_person");
            browser.type(By.id("try-text"), "转人工");
            browser.find(By.cssSelector("#try-bot button[type=submit]")).click();
            browser.waitForText(By.id("turn-intent"), "talk_to_person");
            assertThat(browser.find(By.id("turn-action")).getText()).isEqualTo("转接人工");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-bot-try");
        }
    }
}
