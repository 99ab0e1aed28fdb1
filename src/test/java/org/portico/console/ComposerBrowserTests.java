package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portico.cases.CaseDesk;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseStatus;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class ComposerBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    ReplyMacros macros;

    @Test
    void agentOnAPhoneFillsAReplyFromAMacroAndSetsCasesWaitingInBulk() {
        CasePeople people = new CasePeople(directory);
        PorticoUser agent = people.user("Mae Macro", Role.AGENT, null);
        PorticoUser customer = people.customer("Juniper Lee");
        String number = cases.open(customer, new NewCase("help", "Frame shop mileage",
                "Which trips count?", "deductions")).number();
        desk.assignToMe(agent, number);
        macros.add(agent, "Phone macro", "Hi {first_name}, case {case_number}. {agent_name}",
                "en");

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.open("/console/signin");
            browser.type(By.id("email"), agent.email());
            browser.type(By.id("password"), CasePeople.PASSWORD);
            browser.clickToLoad(By.id("signin-submit"));
            browser.open("/console/cases/" + number);
            new Select(browser.find(By.id("macro"))).selectByVisibleText("Phone macro (en)");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d
                    .findElement(By.id("body")).getDomProperty("value")
                    .equals("Hi Juniper, case " + number + ". Mae Macro"));
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-composer-macro");

            browser.open("/console?owner=mine");
            browser.find(By.id("pick-" + number)).click();
            new Select(browser.find(By.id("bulk-action"))).selectByValue("waiting");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-bulk-bar");
            browser.clickToLoad(By.id("bulk-apply"));
            browser.waitForText(By.id("bulk-done"), "1 cases changed");
        }
        assertThat(desk.read(number).supportCase().status()).isEqualTo(CaseStatus.WAITING);
    }
}
