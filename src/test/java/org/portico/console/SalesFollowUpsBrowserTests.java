package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
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
class SalesFollowUpsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    SalesFollowUps followUps;

    @Test
    void agentHandsAnInterestToSalesWhoWinsItOnAPhone() {
        CasePeople people = new CasePeople(directory);
        long account = people.businessAccount("Fernwood Cafe " + UUID.randomUUID());
        PorticoUser owner = people.user("Flo Owner", Role.BUSINESS_ADMIN, account);
        String number = cases.open(owner, new NewCase("business", "Tax in two states",
                "We now sell in Ohio too", "sales-tax")).number();
        String agent = staff("Ari Agent", Role.AGENT);
        String sales = staff("Dana Seller", Role.SALES);

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            signInToConsole(browser, agent);
            browser.open("/console/cases/" + number);
            browser.type(By.id("note-body"), "Call after 2 pm");
            WebElement pin = browser.find(By.id("note-pinned"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", pin);
            pin.click();
            browser.clickToLoad(By.id("note-submit"));
            browser.waitForText(By.id("notes-list"), "Pinned");
            browser.waitForText(By.id("notes-list"), "Call after 2 pm");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-phone-1-pinned-note");

            browser.clickToLoad(By.id("follow-up-new"));
            new Select(browser.find(By.id("productCode"))).selectByValue("sales-tax-wizard");
            browser.type(By.id("interest"), "Wants the sales-tax wizard for Ohio");
            browser.screenshot("console-phone-2-follow-up-form");
            browser.clickToLoad(By.id("follow-up-submit"));
            browser.waitForText(By.id("glance-follow-ups"), "Wants the sales-tax wizard for Ohio");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-phone-3-follow-up-at-a-glance");

            long id = followUps.ofAccount(account).get(0).id();
            browser.driver().manage().deleteAllCookies();
            signInToConsole(browser, sales);
            browser.waitForUrl("/console/sales");
            browser.waitForText(By.id("follow-up-" + id), "Wants the sales-tax wizard for Ohio");
            new Select(browser.find(By.id("status-" + id))).selectByValue("WON");
            browser.type(By.id("outcome-" + id), "Signed for a year");
            browser.submitToLoad(By.id("outcome-" + id));
            browser.waitForText(By.id("follow-up-" + id), "Signed for a year");
            browser.waitForText(By.cssSelector("#follow-up-" + id + " .follow-up-status"), "Won");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-phone-4-sales-won");
        }
        assertThat(followUps.find(followUps.ofAccount(account).get(0).id()).orElseThrow()
                .status()).isEqualTo(FollowUpStatus.WON);
    }

    private String staff(String name, Role role) {
        String email = TestUsers.uniqueEmail(role.name().toLowerCase());
        directory.createUser(new NewUser(email, name, role, null, TestUsers.PASSWORD, "en", "UTC",
                null));
        return email;
    }

    private static void signInToConsole(Browser browser, String email) {
        browser.open("/console/signin")
                .type(By.id("email"), email)
                .type(By.id("password"), TestUsers.PASSWORD)
                .clickToLoad(By.id("signin-submit"));
    }
}
