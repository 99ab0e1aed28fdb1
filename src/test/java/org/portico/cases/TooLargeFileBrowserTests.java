package org.portico.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.identity.Directory;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file larger than the server takes, chosen in a plain form, is refused beside its field
 * before anything is sent, so that what was typed stays in the form.
 */
@PorticoIntegrationTest
class TooLargeFileBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void refusesATooLargeFileBesideItsFieldAndKeepsTheTypedCaseOnAPhone() throws Exception {
        String email = TestUsers.customer(directory, "Big File Person");
        Path big = Files.createTempFile("portico-big", ".bin");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw");
                Browser browser = Browser.start(port, Browser.PHONE)) {
            file.setLength(21L * 1024 * 1024);
            browser.signIn("help", email, TestUsers.PASSWORD);
            browser.open("/s/help/cases/new")
                    .type(By.id("subject"), "Export keeps failing")
                    .type(By.id("description"), "Every export since Monday is empty.");
            browser.find(By.id("case-files")).sendKeys(big.toString());

            browser.waitForText(By.id("case-files-too-large"), "20 MB");
            browser.click(By.cssSelector("#case-form button[type=submit]"));

            assertThat(browser.currentPath()).isEqualTo("/s/help/cases/new");
            assertThat(browser.find(By.id("case-files-too-large")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("subject")).getDomProperty("value"))
                    .isEqualTo("Export keeps failing");
            assertThat(browser.find(By.id("description")).getDomProperty("value"))
                    .isEqualTo("Every export since Monday is empty.");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
        } finally {
            Files.deleteIfExists(big);
        }
    }
}
