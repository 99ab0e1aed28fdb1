package org.portico.cases.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.internal.mail.Mailboxes.Mailbox;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Administrators configure a mailbox, Portico reads it over IMAP (a real in-process server),
 * and a message it cannot process waits in the quarantine with its bytes.
 */
@PorticoIntegrationTest
class MailAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailboxPoller poller;

    private GreenMail imap;
    private PorticoUser admin;

    @BeforeEach
    void startMailServer() {
        imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        imap.start();
        admin = new CasePeople(directory).staff(Role.ADMIN);
    }

    @AfterEach
    void stopMailServer() {
        jdbc.sql("DELETE FROM mailbox").update();
        imap.stop();
    }

    @Test
    void onlyAdministratorsOpenTheEmailPages() throws Exception {
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        for (String page : List.of("/console/admin/mailboxes", "/console/admin/mail-quarantine",
                "/console/admin/mail-templates")) {
            mvc.perform(get(page).with(as(admin))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(agent))).andExpect(status().isForbidden());
        }
    }

    @Test
    void explainsAWrongPortInTheAdministratorsLanguage() throws Exception {
        mailboxForm("0", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number of at least 1.")));
        mailboxForm("70000", "en")
                .andExpect(content().string(containsString("Enter a number of at most 65,535.")));
        mailboxForm("abc", "en")
                .andExpect(content().string(containsString("Please enter a whole number.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        mailboxForm("abc", "zh_CN")
                .andExpect(content().string(containsString("请输入整数。")));
        assertThat(mailboxes.all()).isEmpty();
    }

    private ResultActions mailboxForm(String port, String language) throws Exception {
        return mvc.perform(post("/console/admin/mailboxes").with(csrf()).with(as(admin))
                .param("lang", language).param("name", "Support")
                .param("address", "support@example.com").param("site", "help")
                .param("protocol", "imap").param("host", "127.0.0.1").param("port", port)
                .param("username", "support").param("password", "secret")
                .param("folder", "INBOX"));
    }

    @Test
    void aConfiguredMailboxIsReadAndABadMessageDoesNotStopIt() throws Exception {
        String support = TestUsers.uniqueEmail("support");
        imap.setUser(support, support, "mail-secret");
        mvc.perform(post("/console/admin/mailboxes").with(csrf()).with(as(admin))
                        .param("name", "Support").param("address", support)
                        .param("site", "help").param("protocol", "imap")
                        .param("host", "127.0.0.1")
                        .param("port", String.valueOf(imap.getImap().getPort()))
                        .param("username", support).param("password", "mail-secret")
                        .param("folder", "INBOX").param("enabled", "true"))
                .andExpect(redirectedUrl("/console/admin/mailboxes"));
        Mailbox mailbox = mailboxes.all().get(0);
        String customer = TestUsers.uniqueEmail("imap-customer");
        deliver(support, "From: " + customer + "\r\nTo: " + support
                + "\r\nSubject: Nothing adds up\r\n\r\nMy budget is wrong.\r\n");
        deliver(support, "From: MAILER-DAEMON@example.org\r\nTo: " + support
                + "\r\nSubject: Undelivered Mail\r\n\r\nbounced\r\n");
        deliver(support, "From: " + customer + "\r\nTo: " + support
                + "\r\nSubject: And another thing\r\n\r\nAlso this.\r\n");

        mvc.perform(post("/console/admin/mailboxes/{id}/poll", mailbox.id()).with(csrf())
                        .with(as(admin)))
                .andExpect(redirectedUrl("/console/admin/mailboxes"));
        waitUntilTaken(customer);

        assertThat(jdbc.sql("""
                SELECT c.subject FROM support_case c JOIN app_user u ON u.id = c.requester_user_id
                WHERE u.email = ? ORDER BY c.subject""").param(customer).query(String.class)
                .list()).containsExactly("And another thing", "Nothing adds up");
        assertThat(imap.getReceivedMessagesForDomain(support)).isEmpty();
        assertThat(jdbc.sql("SELECT reason FROM mail_quarantine WHERE source = ?")
                .param("mailbox Support").query(String.class).list())
                .anySatisfy(reason -> assertThat(reason).startsWith("delivery failure"));
        mvc.perform(get("/console/admin/mail-quarantine").with(as(admin)))
                .andExpect(content().string(containsString("Undelivered Mail")));
        long id = jdbc.sql("SELECT MAX(id) FROM mail_quarantine WHERE source = 'mailbox Support'")
                .query(Long.class).single();
        mvc.perform(get("/console/admin/mail-quarantine/{id}/raw", id).with(as(admin)))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("bounced")));
    }

    @Test
    void onlyTheNodeHoldingTheLeaseReadsMail() {
        jdbc.sql("UPDATE job_lease SET holder = 'another-node', held_until = ? WHERE name = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), MailboxPoller.LEASE)
                .update();
        try {
            Mailbox mailbox = new Mailbox(null, "Leased", "leased@example.com", "help", "imap",
                    "127.0.0.1", imap.getImap().getPort(), "x", "y", "INBOX", false, null, null);
            mailbox = mailboxes.find(mailboxes.add(mailbox)).orElseThrow();
            assertThat(poller.pollNow(mailbox)).isEmpty();
        } finally {
            jdbc.sql("UPDATE job_lease SET held_until = ? WHERE name = ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                            MailboxPoller.LEASE).update();
        }
    }

    private void deliver(String to, String message) throws Exception {
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
        imap.getUserManager().getUserByEmail(to).deliver(mime);
    }

    private void waitUntilTaken(String customer) throws InterruptedException {
        for (int i = 0; i < 100 && count(customer) < 2; i++) {
            Thread.sleep(100);
            poller.pollAll();
        }
    }

    private long count(String customer) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM support_case c JOIN app_user u ON u.id = c.requester_user_id
                WHERE u.email = ?""").param(customer).query(Long.class).single();
    }
}
