package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.support.Browser;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class IdentityBrowserTests extends MailServerTests {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+(/s/help/signup/confirm\\?token=[A-Za-z0-9_-]+)");

    private static final By PASSWORD_ERROR = By.id("password-error");

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void visitorSignsUpSignsInSwitchesToChineseAndSignsOutOnAPhone() throws Exception {
        String email = TestUsers.uniqueEmail("phone");
        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.open("/s/help/signup")
                    .type(By.id("name"), "Priya Natarajan")
                    .type(By.id("email"), email)
                    .type(By.id("password"), "too-short");
            browser.clickToLoad(By.cssSelector("#signup-form button[type=submit]"));

            browser.waitForText(PASSWORD_ERROR, "between 10 and 100");
            assertThat(browser.find(By.id("name")).getDomProperty("value"))
                    .isEqualTo("Priya Natarajan");
            assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo(email);
            assertThat(browser.find(By.id("password")).getDomProperty("value")).isEmpty();
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("identity-phone-1-signup-error");

            browser.type(By.id("password"), "long-enough-secret");
            browser.clickToLoad(By.cssSelector("#signup-form button[type=submit]"));
            browser.waitForUrl("/s/help/signin?checkMail");
            browser.screenshot("identity-phone-2-check-mail");
            browser.open(confirmationLinkTo(email));
            browser.type(By.id("confirm-password"), "long-enough-secret");
            browser.clickToLoad(By.id("confirm-submit"));
            browser.waitForUrl("/s/help/signin?confirmed");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);

            browser.signIn("help", email, "long-enough-secret");
            assertThat(browser.currentPath()).isEqualTo("/s/help");
            browser.waitForText(By.id("account-name"), "Priya");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("identity-phone-3-signed-in");

            browser.openMenu();
            browser.screenshot("identity-phone-4-menu");
            browser.clickToLoad(By.id("lang-switch"));
            browser.openMenu();
            browser.waitForText(By.id("site-nav"), "帮助文章");
            browser.waitForText(By.id("nav-signout"), "退出");
            browser.screenshot("identity-phone-5-chinese");

            browser.clickToLoad(By.id("nav-signout"));
            browser.waitForText(By.id("nav-signin-phone"), "登录");
            assertThat(browser.currentPath()).isEqualTo("/s/help");
            browser.screenshot("identity-phone-6-signed-out");
        }
    }

    @Test
    void showsTheSignedInNameBesideTheNavigationOnADesktop() {
        String email = TestUsers.customer(directory, "Jonas Okafor");
        try (Browser browser = Browser.start(port, Browser.DESKTOP)) {
            browser.signIn("help", email, TestUsers.PASSWORD);

            browser.waitForText(By.id("account-name-wide"), "Jonas Okafor");
            assertThat(browser.find(By.id("nav-signout")).isDisplayed()).isTrue();
            browser.screenshot("identity-desktop-signed-in");
        }
    }

    @Test
    void showsAWrongConsolePasswordOnAPhone() {
        String email = TestUsers.uniqueEmail("agent");
        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.open("/console/signin")
                    .type(By.id("email"), email)
                    .type(By.id("password"), "not-the-password")
                    .clickToLoad(By.id("signin-submit"));

            browser.waitForText(By.cssSelector(".alert-danger"), "Wrong email or password.");
            assertThat(browser.currentPath()).isEqualTo("/console/signin?error");
            assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo(email);
            assertThat(browser.find(By.id("password")).getDomProperty("value")).isEmpty();
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("identity-phone-console-signin-error");
        }
    }

    private static String confirmationLinkTo(String email) throws Exception {
        assertThat(MAIL_SERVER.waitForIncomingEmail(5000, 1)).isTrue();
        for (MimeMessage mail : MAIL_SERVER.getReceivedMessages()) {
            Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
            if (mail.getAllRecipients()[0].toString().equalsIgnoreCase(email) && link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no confirmation mail to " + email);
    }
}
