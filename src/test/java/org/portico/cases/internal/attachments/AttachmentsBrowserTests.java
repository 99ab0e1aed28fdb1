package org.portico.cases.internal.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files travel through real multipart forms at phone width: a customer adds one on the case
 * page, the agent answers with another from the composer, both see both.
 */
@PorticoIntegrationTest
class AttachmentsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Test
    void aCustomerAndAnAgentExchangeFilesOnACase() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser customer = people.customer("Fila Uploader");
        PorticoUser agent = people.user("Ari Attach", Role.AGENT, null);
        String number = cases.open(customer, new NewCase("help", "Receipt does not import",
                "The receipt is attached.", "bills")).number();
        Path receipt = file("receipt.txt", "Total 12.40");
        Path answer = file("steps.txt", "1. Open the importer");

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("help", customer.email(), CasePeople.PASSWORD);
            browser.open("/s/help/cases/" + number);
            browser.find(By.id("attachment-files")).sendKeys(receipt.toString());
            browser.submitToLoad(By.id("attachment-files"));
            browser.waitForText(By.id("attachments"), "receipt.txt");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("case-attachments");
        }
        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.open("/console/signin");
            browser.type(By.id("email"), agent.email());
            browser.type(By.id("password"), CasePeople.PASSWORD);
            browser.clickToLoad(By.id("signin-submit"));
            browser.open("/console/cases/" + number);
            browser.waitForText(By.id("attachments"), "receipt.txt");
            browser.type(By.id("body"), "Here are the steps.");
            browser.find(By.id("reply-files")).sendKeys(answer.toString());
            WebElement email = browser.find(By.id("channel-email"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", email);
            email.click();
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("console-composer-files");
            browser.submitToLoad(By.id("body"));
            browser.waitForText(By.id("attachments"), "steps.txt");
            browser.waitForText(By.id("messages"), "Here are the steps.");
        }
    }

    private static Path file(String name, String text) throws Exception {
        Path folder = Files.createTempDirectory("portico-upload");
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
