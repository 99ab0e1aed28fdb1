package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portico.cases.CaseDesk;
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
class ConsoleShortcutsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Test
    void agentOpensAndTakesACaseFromTheKeyboard() {
        String email = TestUsers.uniqueEmail("shortcut-agent");
        long agentId = directory.createUser(new NewUser(email, "Kai Keys", Role.AGENT, null,
                TestUsers.PASSWORD, "en", "UTC", null));
        long account = directory.createAccount("Wren Pottery", "PERSON",
                LocalDate.of(2022, 5, 1));
        long customerId = directory.createUser(new NewUser(TestUsers.uniqueEmail("wren"),
                "Wren Potter", Role.CUSTOMER, account, TestUsers.PASSWORD, "en", "UTC", null));
        PorticoUser customer = new PorticoUser(customerId, "wren@example.com", "Wren Potter",
                Role.CUSTOMER, account, "en", null);
        String number = cases.open(customer, new NewCase("help", "Kiln receipts as expenses",
                "Can I deduct my kiln?", "deductions")).number();

        try (Browser browser = Browser.start(port, Browser.DESKTOP)) {
            browser.open("/console/signin");
            browser.type(By.id("email"), email);
            browser.type(By.id("password"), TestUsers.PASSWORD);
            browser.clickToLoad(By.id("signin-submit"));
            browser.find(By.id("queue-list"));

            press(browser, "?");
            browser.waitForText(By.id("shortcuts-help"), "Assign the case to me");
            browser.screenshot("console-shortcuts-1-help");
            browser.find(By.cssSelector("#shortcuts-help .btn-close")).click();
            waitUntil(browser, ExpectedConditions.invisibilityOfElementLocated(
                    By.id("shortcuts-help")));

            press(browser, "j");
            WebElement selected = browser.find(By.cssSelector("#queue-list .queue-item.active"));
            assertThat(selected.getDomAttribute("data-number")).isEqualTo(number);
            browser.screenshot("console-shortcuts-2-selected");
            press(browser, "\n");
            browser.waitForUrl("/console/cases/" + number);

            WebElement casePage = browser.driver().findElement(By.tagName("html"));
            press(browser, "a");
            waitUntil(browser, ExpectedConditions.stalenessOf(casePage));
            browser.waitForText(By.id("case-owner"), "Owner: Kai Keys");
            browser.screenshot("console-shortcuts-3-assigned");
        }
        assertThat(desk.ownerOf(number)).contains(agentId);
    }

    private static void waitUntil(Browser browser, ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(condition);
    }

    private static void press(Browser browser, String key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
