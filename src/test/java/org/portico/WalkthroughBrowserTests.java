package org.portico;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walking skeleton's main story in a real browser: a visitor finds an imported article,
 * a customer opens a case with suggestions on the way, an agent answers and solves it, and
 * the customer sees the answer. Uses the real help centre in {@code ../shared/data} when it is
 * there, otherwise a small one written here.
 */
@PorticoIntegrationTest
class WalkthroughBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    List<PorticoCommand> commands;

    @TempDir
    Path fixture;

    @Test
    void visitorFindsAnswerCustomerOpensCaseAgentSolvesIt() throws IOException {
        importHelpCentre();
        String customer = TestUsers.customer(directory, "Robin Walkthrough");
        String agent = staff(Role.AGENT, "Ash Agent");

        try (Browser phone = Browser.start(port, Browser.PHONE)) {
            findPiggyBankArticle(phone);
            String number = openCase(phone, customer);

            try (Browser desk = Browser.start(port, Browser.DESKTOP)) {
                solveCase(desk, agent, number);
            }

            phone.open("/s/help/cases/" + number);
            phone.waitForText(By.id("case-status"), "Solved");
            assertThat(phone.find(By.tagName("main")).getText())
                    .contains("Open Piggy banks and choose the amount");
            phone.screenshot("walkthrough-5-customer-sees-reply");
        }
    }

    private void findPiggyBankArticle(Browser phone) {
        phone.open("/s/help");
        phone.type(By.id("kb-q"), "piggy bank");
        phone.find(By.id("kb-q")).submit();
        phone.waitForUrl("/search");
        phone.screenshot("walkthrough-3-search");
        WebElement first = phone.find(By.cssSelector(".search-hit a"));
        assertThat(first.getText()).containsIgnoringCase("piggy bank");

        phone.clickToLoad(By.cssSelector(".search-hit a"));
        List<WebElement> images = phone.driver().findElements(By.cssSelector(".article-body img"));
        assertThat(images).isNotEmpty();
        JavascriptExecutor script = (JavascriptExecutor) phone.driver();
        assertThat(images).allMatch(image -> Boolean.TRUE.equals(script.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0",
                        image)));
        phone.screenshot("walkthrough-3-article");

        String link = phone.find(By.cssSelector(".article-body a[href^='/s/help/articles/']"))
                .getDomAttribute("href");
        phone.open(link);
        assertThat(phone.find(By.tagName("h1")).getText()).isNotBlank();
        assertThat(phone.driver().getTitle()).doesNotContainIgnoringCase("not found");
    }

    private String openCase(Browser phone, String customer) {
        phone.signIn("help", customer, TestUsers.PASSWORD);
        phone.open("/s/help/cases/new");
        phone.type(By.id("subject"), "How do I add money to a piggy bank");
        phone.waitForText(By.id("suggestions"), "iggy");
        phone.screenshot("walkthrough-4-suggestions");

        new Select(phone.find(By.id("topic")))
                .selectByValue("budgets");
        phone.type(By.id("description"), "I saved 50 this week and want to put it aside.");
        phone.submitToLoad(By.id("description"));
        phone.waitForUrl("?opened");
        String number = phone.currentPath().replaceAll(".*/cases/(\\d+).*", "$1");

        phone.open("/s/help/cases");
        assertThat(phone.find(By.tagName("main")).getText()).contains(number);
        phone.screenshot("walkthrough-4-my-cases");
        return number;
    }

    private void solveCase(Browser desk, String agent, String number) {
        desk.open("/console/signin");
        desk.type(By.id("email"), agent);
        desk.type(By.id("password"), TestUsers.PASSWORD);
        desk.clickToLoad(By.id("signin-submit"));
        assertThat(desk.find(By.tagName("main")).getText()).contains(number);

        desk.open("/console/cases/" + number);
        assertThat(desk.find(By.id("glance-name")).getText()).isEqualTo("Robin Walkthrough");
        assertThat(desk.find(By.id("glance-since")).getText()).isNotBlank();
        desk.type(By.id("body"), "Open Piggy banks and choose the amount to add.");
        desk.clickToLoad(By.cssSelector("#reply button[type=submit]"));
        desk.clickToLoad(By.id("solve"));
        desk.waitForText(By.id("case-status"), "Solved");
        desk.screenshot("walkthrough-5-agent-solved");
    }

    private void importHelpCentre() throws IOException {
        Path docs = Stream.of("../shared/data/firefly-docs", "../../shared/data/firefly-docs")
                .map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseGet(this::writeSmallHelpCentre);
        PorticoCommand importer = commands.stream()
                .filter(command -> command.name().equals("import knowledge"))
                .findFirst().orElseThrow();

        int status = importer.run(new CommandArguments(Map.of("site", "help",
                "dir", docs.toString())));

        assertThat(status).isZero();
    }

    private Path writeSmallHelpCentre() {
        try {
            Files.createDirectories(fixture.resolve("how-to/images"));
            Files.writeString(fixture.resolve("how-to/piggy-banks.md"), """
                    # How to use piggy banks

                    A piggy bank sets money aside for a goal. See [budgets](budgets.md).

                    ![The piggy bank list](images/piggy.png)
                    """, StandardCharsets.UTF_8);
            Files.writeString(fixture.resolve("how-to/budgets.md"),
                    "# Budgets\n\nA budget limits what you spend.\n", StandardCharsets.UTF_8);
            Files.write(fixture.resolve("how-to/images/piggy.png"), onePixelPng());
            return fixture;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String staff(Role role, String name) {
        String email = TestUsers.uniqueEmail(role.name().toLowerCase());
        directory.createUser(new NewUser(email, name, role, null, TestUsers.PASSWORD, "en", "UTC",
                null));
        return email;
    }

    private static byte[] onePixelPng() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                + "QVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }
}
