package org.portico.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class ChatWidgetBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    ChatBot bot;

    @Autowired
    KnowledgeAuthoring authoring;

    /** The bot learns on its first message; that happens here, not inside a browser's wait. */
    @BeforeEach
    void botHasLearned() {
        bot.reply(new BotRequest("help", "hello", Locale.ENGLISH, null, List.of()));
    }

    @Test
    void visitorOnAPhoneGetsTheBotThenAnAgentWhoAcceptsAndReplies() {
        PorticoUser agent = new CasePeople(directory).user("Wes Widget", Role.AGENT, null);
        try (Browser phone = Browser.start(port, Browser.PHONE);
                Browser console = Browser.start(port, Browser.DESKTOP)) {
            startChatWithTheBot(phone, "Pia Phone", "pia@example.com");
            assertThat(phone.scrollWidth()).isLessThanOrEqualTo(375);
            phone.screenshot("chat-widget-bot");
            phone.find(By.id("ptc-person")).click();
            phone.find(By.id("ptc-position"));

            console.open("/console/signin");
            console.type(By.id("email"), agent.email());
            console.type(By.id("password"), CasePeople.PASSWORD);
            console.clickToLoad(By.id("signin-submit"));
            console.open("/console/chats");
            new Select(console.find(By.id("status"))).selectByValue("AVAILABLE");
            console.clickToLoad(By.id("status-save"));
            console.clickToLoad(By.cssSelector(".chat-accept, .chat-take"));
            console.find(By.id("glance-visitor"));
            console.type(By.id("chat-input"), "Hello Pia, Wes here.");
            console.find(By.id("chat-send")).click();

            phone.waitForText(By.id("ptc-messages"), "Hello Pia, Wes here.");
            phone.type(By.id("ptc-input"), "Thanks Wes!");
            phone.find(By.id("ptc-send")).click();
            console.waitForText(By.id("chat-log"), "Thanks Wes!");
            assertThat(phone.scrollWidth()).isLessThanOrEqualTo(375);
            phone.screenshot("chat-widget-agent");
            console.screenshot("chat-console");
        } finally {
            ChatParty.signedIn(port, agent.email(), CasePeople.PASSWORD, true)
                    .ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AWAY"));
        }
    }

    @Test
    void visitorOnAPhoneSendsAFileAndSeesItOfferedForDownload() throws Exception {
        Path file = Files.createTempFile("receipt-", ".pdf");
        Files.writeString(file, "%PDF-1.4 a receipt");
        try (Browser phone = Browser.start(port, Browser.PHONE)) {
            startChatWithTheBot(phone, "Fern File", "fern@example.com");

            phone.find(By.id("ptc-attach"));
            phone.driver().findElement(By.id("ptc-file"))
                    .sendKeys(file.toAbsolutePath().toString());

            phone.waitForText(By.id("ptc-messages"), file.getFileName().toString());
            phone.find(By.cssSelector(".ptc-msg-CUSTOMER .ptc-download")).click();
            assertThat(phone.driver().findElement(By.id("ptc-error")).getText()).isEmpty();
            assertThat(phone.scrollWidth()).isLessThanOrEqualTo(375);
            phone.screenshot("chat-widget-file");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void twoChineseCharactersAreEnoughForSuggestionsBeforeTheChat() {
        authoring.publish(new NewArticle("help", "widget-tuition-zh", "zh", "学费账单怎么分期",
                "billing", "学费账单可以在设置里分期支付。", "public"));
        try (Browser phone = Browser.start(port, Browser.PHONE)) {
            phone.open("/s/help?lang=zh_CN");
            phone.find(By.id("ptc-button")).click();
            phone.type(By.id("ptc-question"), "学费");

            phone.waitForText(By.id("ptc-suggest"), "学费账单怎么分期");
            assertThat(phone.scrollWidth()).isLessThanOrEqualTo(375);
        }
    }

    private static void startChatWithTheBot(Browser phone, String name, String email) {
        phone.open("/s/help");
        phone.find(By.id("ptc-button")).click();
        phone.type(By.id("ptc-name"), name);
        phone.type(By.id("ptc-email"), email);
        phone.type(By.id("ptc-question"), "qqzx blorf wibble");
        phone.find(By.id("ptc-start")).click();
        phone.find(By.cssSelector(".ptc-msg-BOT"));
    }
}
