package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class IdentityBrowserTests {

    private static final By PASSWORD_ERROR = By.id("password-error");

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void visitorSignsUpSignsInSwitchesToChineseAndSignsOutOnAPhone() {
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
            browser.waitForUrl("/s/help/signin?registered");
            browser.screenshot("identity-phone-2-registered");

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
}
