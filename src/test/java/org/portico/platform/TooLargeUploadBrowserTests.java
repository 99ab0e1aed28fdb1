package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class TooLargeUploadBrowserTests {

    private static final By TITLE = By.id("title");

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void tellsTheLimitBesideThePictureFieldAndKeepsTheQuestionOnAPhone() throws Exception {
        PorticoUser asker = new CasePeople(directory).customer("Ann Big Picture");
        Path picture = Files.createTempFile("portico-too-large", ".png");
        try (RandomAccessFile file = new RandomAccessFile(picture.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("help", asker.email(), CasePeople.PASSWORD);
            browser.open("/s/help/community/ask");
            browser.type(TITLE, "How do I attach a large scan?");
            browser.find(By.id("image")).sendKeys(picture.toString());

            browser.waitForText(By.cssSelector("#image-uploaded .upload-too-large"), "20 MB");
            assertThat(browser.find(TITLE).getDomProperty("value"))
                    .isEqualTo("How do I attach a large scan?");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("too-large-picture-phone");
        } finally {
            Files.deleteIfExists(picture);
        }
    }
}
