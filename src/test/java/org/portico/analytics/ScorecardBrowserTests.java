package org.portico.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.portico.cases.CaseHistory;
import org.portico.cases.CasePeople;
import org.portico.cases.HistoricalCase;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class ScorecardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    CaseHistory history;

    @Test
    void siteManagerReadsTheScorecardAndItsCasesOnAPhone() {
        PorticoUser hal = new CasePeople(directory).customer("Hal Browser");
        Instant now = Instant.now();
        List<HistoricalCase> past = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant opened = now.minus(Duration.ofDays(3L * i + 1));
            past.add(new HistoricalCase("help", hal.id(), hal.accountId(), "Phone case " + i,
                    "Details", i % 2 == 0 ? "deductions" : "bills", i % 3 == 0 ? "PHONE" : "WEB",
                    "NORMAL", opened, i % 2 == 0 ? opened.plus(Duration.ofHours(5)) : null, null,
                    null));
        }
        // solved 25 business days after opening: past its 80 business hours
        past.add(new HistoricalCase("help", hal.id(), hal.accountId(), "Phone case too slow",
                "Details", "bills", "PHONE", "NORMAL", now.minus(Duration.ofDays(50)),
                now.minus(Duration.ofDays(15)), null, null));
        history.importCases(past);
        String email = TestUsers.uniqueEmail("manager");
        directory.createUser(new NewUser(email, "Mia Manager", Role.SITE_MANAGER, null,
                TestUsers.PASSWORD, "en", "UTC", null));

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.open("/console/signin").type(By.id("email"), email)
                    .type(By.id("password"), TestUsers.PASSWORD)
                    .clickToLoad(By.id("signin-submit"));
            browser.open("/console/dashboard");
            browser.waitForText(By.id("tile-opened"), "Cases opened");
            browser.waitForText(By.id("tile-nps"), "NPS");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('cases-by-topic').width > 0"))
                    .isTrue();
            browser.waitForText(By.id("tile-sla-resolution"), "SLA compliance");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('trends-table').closest('details').open = true");
            // the numbers behind the chart are filled in from the chart's own JSON
            assertThat(browser.find(By.cssSelector("#trends-table tbody tr td")).getText())
                    .matches("\\d{4}-\\d{2}-\\d{2}");
            browser.screenshot("scorecard-phone-1-tiles");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('channels-table').scrollIntoView()");
            browser.screenshot("scorecard-phone-2-channels");

            browser.clickToLoad(By.cssSelector("#tile-opened .tile-value"));
            browser.waitForUrl("/console/dashboard/cases");
            String total = browser.find(By.id("drill-total")).getText();
            assertThat(Long.parseLong(total)).isGreaterThanOrEqualTo(12);
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("scorecard-phone-3-cases");

            browser.open("/console/dashboard");
            browser.clickToLoad(By.cssSelector("#tile-sla-resolution .tile-breached"));
            browser.waitForUrl("/console/dashboard/cases");
            assertThat(browser.find(By.id("drill-table")).getText())
                    .contains("Phone case too slow").doesNotContain("Phone case 0");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("scorecard-phone-4-broken-resolutions");
        }
    }
}
