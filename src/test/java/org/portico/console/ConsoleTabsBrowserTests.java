package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
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
class ConsoleTabsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Test
    void openCasesStayAsTabsAfterAReloadUntilClosed() {
        String email = TestUsers.uniqueEmail("tabs-agent");
        directory.createUser(new NewUser(email, "Tia Tabs", Role.AGENT, null,
                TestUsers.PASSWORD, "en", "UTC", null));
        long account = directory.createAccount("Tabby Teas", "PERSON", LocalDate.of(2023, 2, 1));
        long customerId = directory.createUser(new NewUser(TestUsers.uniqueEmail("tabby"),
                "Tabby Tea", Role.CUSTOMER, account, TestUsers.PASSWORD, "en", "UTC", null));
        PorticoUser customer = new PorticoUser(customerId, "tabby@example.com", "Tabby Tea",
                Role.CUSTOMER, account, "en", null);
        String first = cases.open(customer, new NewCase("help", "Tea bills overdue",
                "Two bills", "bills")).number();
        String second = cases.open(customer, new NewCase("help", "Budget for tea leaves",
                "Monthly budget", "budgets")).number();

        try (Browser browser = Browser.start(port, Browser.DESKTOP)) {
            browser.open("/console/signin");
            browser.type(By.id("email"), email);
            browser.type(By.id("password"), TestUsers.PASSWORD);
            browser.clickToLoad(By.id("signin-submit"));
            browser.find(By.id("queue-list"));

            browser.open("/console/cases/" + first);
            browser.open("/console/cases/" + second);
            browser.driver().navigate().refresh();
            browser.waitForText(By.cssSelector("#work-tabs .work-tab.active"),
                    second + " Budget for tea leaves");
            assertThat(tabTitles(browser)).containsExactly(first + " Tea bills overdue",
                    second + " Budget for tea leaves");
            browser.screenshot("console-tabs-1-two-open");

            browser.find(By.cssSelector("#work-tabs .work-tab:not(.active) .work-tab-close"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> tabTitles(browser).size() == 1);
            browser.driver().navigate().refresh();
            browser.waitForText(By.cssSelector("#work-tabs .work-tab.active"), second);
            assertThat(tabTitles(browser)).containsExactly(second + " Budget for tea leaves");
            browser.screenshot("console-tabs-2-one-closed");
        }
    }

    private static List<String> tabTitles(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#work-tabs .work-tab a")).stream()
                .map(WebElement::getText).toList();
    }
}
