package org.portico.cases.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.internal.mail.Mailboxes.Mailbox;
import org.portico.platform.JobLease;
import org.portico.platform.PorticoProperties;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * IMAP IDLE against a real in-process server (GreenMail offers IDLE): a watched mailbox takes
 * new mail without another poll, and polling takes over when IDLE is off or the watch ends.
 */
@PorticoIntegrationTest
class MailboxIdleIntegrationTests {

    private static final String SUPPORT = "idle-support@example.com";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailboxPoller poller;

    @Autowired
    MailboxIdle idle;

    @Autowired
    MailboxReader reader;

    @Autowired
    JobLease lease;

    @Autowired
    PorticoProperties properties;

    private GreenMail imap;
    private Mailbox mailbox;

    @BeforeEach
    void startMailServer() {
        imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        imap.start();
        imap.setUser(SUPPORT, SUPPORT, "idle-secret");
        jdbc.sql("UPDATE job_lease SET held_until = ? WHERE name = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), MailboxPoller.LEASE)
                .update();
        mailbox = mailboxes.find(mailboxes.add(new Mailbox(null, "Idle", SUPPORT, "help",
                "imap", "127.0.0.1", imap.getImap().getPort(), SUPPORT, "idle-secret", "INBOX",
                true, null, null))).orElseThrow();
    }

    @AfterEach
    void stopMailServer() {
        idle.stopAll();
        jdbc.sql("DELETE FROM mailbox").update();
        imap.stop();
    }

    @Test
    void aWatchedMailboxTakesNewMailWithoutAnotherPoll() throws Exception {
        poller.pollAll();
        waitFor(() -> idle.idling(mailbox));
        Thread.sleep(500);

        String customer = TestUsers.uniqueEmail("idle-customer");
        deliver(customer, "Arrived while idling");
        waitFor(() -> cases(customer) == 1
                && imap.getReceivedMessagesForDomain(SUPPORT).length == 0);

        assertThat(cases(customer)).isEqualTo(1);
        assertThat(imap.getReceivedMessagesForDomain(SUPPORT)).isEmpty();
        assertThat(idle.watching(mailbox)).isTrue();
    }

    @Test
    void whenTheWatchEndsTheMailboxIsPolledAgain() throws Exception {
        poller.pollAll();
        waitFor(() -> idle.idling(mailbox));

        imap.stop();
        waitFor(() -> !idle.watching(mailbox));
        assertThat(jdbc.sql("SELECT last_error FROM mailbox WHERE id = ?").param(mailbox.id())
                .query(String.class).single()).isNotBlank();
        imap = new GreenMail(ServerSetupTest.IMAP.port(mailbox.port()));
        imap.start();
        imap.setUser(SUPPORT, SUPPORT, "idle-secret");
        String customer = TestUsers.uniqueEmail("polled-again");
        deliver(customer, "After the connection dropped");
        poller.pollAll();

        assertThat(cases(customer)).isEqualTo(1);
    }

    @Test
    void withoutIdleEveryPollTakesTheMail() throws Exception {
        MailboxIdle off = new MailboxIdle(reader, mailboxes, Duration.ofSeconds(60), false);
        MailboxPoller polling = new MailboxPoller(mailboxes, reader, off, lease, properties);
        String customer = TestUsers.uniqueEmail("polled");

        deliver(customer, "First");
        polling.pollAll();
        deliver(customer, "Second");
        polling.pollAll();

        assertThat(off.watching(mailbox)).isFalse();
        assertThat(cases(customer)).isEqualTo(2);
    }

    private void deliver(String from, String subject) throws Exception {
        String message = "From: " + from + "\r\nTo: " + SUPPORT + "\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.hashCode() + "." + from + ">\r\n\r\nHello\r\n";
        imap.getUserManager().getUserByEmail(SUPPORT).deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8))));
    }

    private long cases(String customer) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM support_case c JOIN app_user u ON u.id = c.requester_user_id
                WHERE u.email = ?""").param(customer).query(Long.class).single();
    }

    /** Waits up to 30 s for something another thread does; the test then checks it. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }
}
