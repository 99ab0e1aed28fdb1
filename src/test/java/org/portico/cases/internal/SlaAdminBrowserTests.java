package org.portico.cases.internal;

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
class SlaAdminBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void administratorOnAPhoneFixesAWrongTargetInChinese() {
        PorticoUser admin = new CasePeople(directory).user("Sia Settings", Role.ADMIN, null);

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.open("/console/signin");
            browser.type(By.id("email"), admin.email());
            browser.type(By.id("password"), CasePeople.PASSWORD);
            browser.clickToLoad(By.id("signin-submit"));
            browser.open("/console/admin/slas?priority=HIGH&tier=BUSINESS&lang=zh_CN");
            browser.type(By.id("firstResponse"), "-5");
            browser.submitToLoad(By.id("policy-save"));
            assertThat(browser.find(By.id("firstResponse-error")).getText())
                    .isEqualTo("请输入 1 到 525,600 之间的整数分钟。");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-sla-policy-error");
            browser.type(By.id("firstResponse"), "240");
            browser.submitToLoad(By.id("policy-save"));
            browser.waitForText(By.id("sla-saved"), "策略已保存。");
        }
    }
}
