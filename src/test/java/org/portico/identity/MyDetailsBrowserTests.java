package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.cases.CasePeople;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class MyDetailsBrowserTests {

    private static final By NAME = By.id("displayName");

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void customerFixesTheirNameAndSwitchesToChineseOnAPhone() {
        PorticoUser ann = new CasePeople(directory).customer("Ann Phone");

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("help", ann.email(), CasePeople.PASSWORD);
            browser.open("/s/help/account/me");
            browser.type(NAME, " ");
            browser.submitToLoad(By.id("save-me"));
            browser.waitForText(By.id("displayName-error"), "Please fill in this field");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("my-details-phone-1-error");

            browser.type(NAME, "Ann Li");
            browser.driver().findElement(By.cssSelector("#language option[value='zh-CN']"))
                    .click();
            browser.submitToLoad(By.id("save-me"));
            browser.waitForText(By.id("me-saved"), "您的资料已保存");
            assertThat(browser.find(NAME).getDomProperty("value")).isEqualTo("Ann Li");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("my-details-phone-2-saved-in-chinese");
        }
        assertThat(directory.myDetails(ann.id()).orElseThrow().language()).isEqualTo("zh-CN");
    }
}
