package org.portico.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What reaches the customer's mailbox: the transcript on request, and the way back to the
 * cases of a message left in the chat when the visitor later signs up.
 */
@PorticoIntegrationTest
class ChatMailIntegrationTests extends MailServerTests {

    private static final Pattern RESET = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final GreenMail mailServer = MAIL_SERVER;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mailServer.purgeEmailFromAllMailboxes();
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        assertThat(mailServer.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = mailServer.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(address);
        return mail;
    }

    @Test
    void mailsTheTranscriptWithItsFilesToTheVisitor() throws Exception {
        String address = email("tess");
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Tess Transcript", address, "zzqx where is blorf");
        visitor.upload("/api/v1/chat/chats/" + chat + "/files", "photo.png",
                "not really a png".getBytes(StandardCharsets.UTF_8), "f1");

        visitor.ok("POST", "/api/v1/chat/chats/" + chat + "/transcript", null);

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).contains(String.valueOf(chat));
        assertThat(GreenMailUtil.getBody(mail)).contains("zzqx where is blorf")
                .contains("photo.png [file sent]");
        assertThat(ChatParty.visitor(port).call("POST", "/api/v1/chat/chats/" + chat
                + "/transcript", null).statusCode()).isEqualTo(404);
    }

    @Test
    void mailsTheTranscriptAgainOnlyWhenTheChatHasGrown() throws Exception {
        String address = email("rita");
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Rita Repeat", address, "zzqx where is blorf");
        String transcript = "/api/v1/chat/chats/" + chat + "/transcript";
        visitor.ok("POST", transcript, null);

        HttpResponse<String> again = visitor.call("POST", transcript, null);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("already been sent");
        visitor.ok("POST", "/api/v1/chat/chats/" + chat + "/messages",
                Map.of("text", "one more thing"));
        visitor.ok("POST", transcript, null);
        assertThat(mailServer.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(mailServer.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aVisitorWhoLeftAMessageAndSignsUpLaterFindsTheirCaseAgain() throws Exception {
        String address = email("lee");
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Lee Later", address, "talk to a person");
        String number = (String) visitor.ok("POST", "/api/v1/chat/chats/" + chat
                + "/leave-message", Map.of("text", "Please call me back")).get("caseNumber");
        mailServer.purgeEmailFromAllMailboxes();

        mvc.perform(post("/s/help/signup").with(csrf()).param("name", "Lee Later")
                        .param("email", address).param("password", "someone-else-typed"))
                .andExpect(redirectedUrl("/s/help/signin?checkMail"));
        mvc.perform(post("/signin").with(csrf()).param("site", "help").param("email", address)
                        .param("password", "someone-else-typed"))
                .andExpect(redirectedUrl("/s/help/signin?error"));
        Matcher link = RESET.matcher(GreenMailUtil.getBody(onlyMailTo(address)));
        assertThat(link.find()).isTrue();
        mvc.perform(post("/s/help/password/reset").with(csrf()).param("token", link.group(1))
                        .param("password", "lee-chose-this-one"))
                .andExpect(redirectedUrl("/s/help/signin?reset"));

        mvc.perform(post("/signin").with(csrf()).param("site", "help").param("email", address)
                        .param("password", "lee-chose-this-one"))
                .andExpect(authenticated().withUsername(address));
        long user = directory.userIdByEmail(address).orElseThrow();
        assertThat(jdbc.queryForObject("SELECT requester_user_id FROM support_case "
                + "WHERE number = ?", Long.class, number)).isEqualTo(user);
    }
}
