package org.portico.cases.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portico.cases.internal.mail.MailIntake.Outcome;
import org.portico.cases.internal.mail.MailIntake.Result;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-written messages through the intake: new cases, replies by thread and by number,
 * automatic replies, bounces and the quarantine.
 */
@PorticoIntegrationTest
class MailIntakeIntegrationTests {

    @Autowired
    MailIntake intake;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewSenderBecomesACustomerWithoutPasswordAndOpensAnEmailCase() {
        String sender = TestUsers.uniqueEmail("newcomer");
        Result result = take("From: \"Nora Newcomer\" <" + sender + ">\r\n"
                + "Message-ID: <first-" + sender + ">\r\nSubject: Cannot log in\r\n\r\n"
                + "Help me please.\r\n");

        assertThat(result.outcome()).isEqualTo(Outcome.CASE);
        assertThat(jdbc.sql("""
                SELECT u.password_hash IS NULL AND u.role = 'CUSTOMER' AND c.origin = 'EMAIL'
                       AND c.subject = 'Cannot log in' AND c.description = 'Help me please.'
                FROM support_case c JOIN app_user u ON u.id = c.requester_user_id
                WHERE c.number = ?""").param(result.caseNumber()).query(Boolean.class).single())
                .isTrue();
        assertThat(directory.userIdByEmail(sender)).isPresent();
    }

    @Test
    void aReplyJoinsByCaseNumberOnlyFromTheSameCustomer() {
        String sender = TestUsers.uniqueEmail("numbered");
        String number = take("From: " + sender + "\r\nSubject: Refund\r\n\r\nWhere is it?\r\n")
                .caseNumber();

        Result reply = take("From: " + sender + "\r\nSubject: Re: [#" + number
                + "] Refund\r\n\r\nAny news?\r\n");
        Result stranger = take("From: " + TestUsers.uniqueEmail("stranger")
                + "\r\nSubject: Re: [#" + number + "] Refund\r\n\r\nMe too\r\n");
        Result spoken = take("From: " + sender + "\r\nSubject: About case "
                + Long.parseLong(number) + "\r\n\r\nStill waiting.\r\n");

        assertThat(reply).isEqualTo(new Result(Outcome.REPLY, number, null));
        assertThat(stranger.outcome()).isEqualTo(Outcome.CASE);
        assertThat(spoken).isEqualTo(new Result(Outcome.REPLY, number, null));
        assertThat(bodies(number)).containsExactly("Any news?", "Still waiting.");
    }

    @Test
    void automaticRepliesBecomeNotesOrQuarantineButNeverCases() {
        String sender = TestUsers.uniqueEmail("away");
        String number = take("From: " + sender + "\r\nMessage-ID: <q-" + sender
                + ">\r\nSubject: Question\r\n\r\nHello\r\n").caseNumber();

        Result onCase = take("From: " + sender + "\r\nAuto-Submitted: auto-replied\r\n"
                + "In-Reply-To: <q-" + sender + ">\r\nSubject: Out of office\r\n\r\nAway.\r\n");
        Result nowhere = take("From: " + TestUsers.uniqueEmail("vacation")
                + "\r\nSubject: Automatic reply: hello\r\n\r\nAway.\r\n");

        assertThat(onCase.outcome()).isEqualTo(Outcome.REPLY);
        assertThat(jdbc.sql("""
                SELECT m.visibility FROM case_message m JOIN support_case c ON c.id = m.case_id
                WHERE c.number = ?""").param(number).query(String.class).list())
                .containsExactly("INTERNAL");
        assertThat(jdbc.sql("SELECT status FROM support_case WHERE number = ?").param(number)
                .query(String.class).single()).isEqualTo("NEW");
        assertThat(nowhere.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(nowhere.reason()).startsWith("automatic reply");
    }

    @Test
    void aBounceOfOurMailIsNotedOnItsCaseAndCanBeProcessedAgainFromQuarantine() {
        String sender = TestUsers.uniqueEmail("bouncing");
        String number = take("From: " + sender + "\r\nSubject: Address\r\n\r\nHi\r\n")
                .caseNumber();
        String bounce = """
                From: MAILER-DAEMON@mx.example.org\r
                Subject: Undelivered Mail Returned to Sender\r
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r
                \r
                --r\r
                Content-Type: text/plain\r
                \r
                The mailbox is full.\r
                --r\r
                Content-Type: text/rfc822-headers\r
                \r
                Message-ID: <case-%s.abc@portico.local>\r
                Subject: [#%s] Re: Address\r
                --r--\r
                """.formatted(number, number);

        Result noted = take(bounce);
        Result unknown = take(bounce.replace("[#" + number + "]", "[#99999999]")
                .replace("case-" + number, "case-unknown"));

        assertThat(noted).isEqualTo(new Result(Outcome.REPLY, number,
                "delivery status report"));
        assertThat(bodies(number)).singleElement().asString()
                .startsWith("Delivery failure from MAILER-DAEMON@mx.example.org")
                .contains("The mailbox is full.");
        assertThat(unknown.outcome()).isEqualTo(Outcome.QUARANTINED);

        long quarantined = jdbc.sql("SELECT MAX(id) FROM mail_quarantine").query(Long.class)
                .single();
        jdbc.sql("UPDATE mail_quarantine SET raw_message = ? WHERE id = ?")
                .params(bounce.getBytes(StandardCharsets.UTF_8), quarantined).update();
        assertThat(intake.retry(quarantined, "help").caseNumber()).isEqualTo(number);
        assertThat(jdbc.sql("SELECT outcome FROM mail_quarantine WHERE id = ?")
                .param(quarantined).query(String.class).single()).isEqualTo("REPLY " + number);
    }

    @Test
    void staffAndSenderlessMessagesAreQuarantinedWithTheirBytes() {
        String agent = TestUsers.uniqueEmail("agent");
        directory.createUser(new NewUser(agent, "An Agent", Role.AGENT, null, "a-long-password",
                "en", "UTC", null));
        String raw = "From: " + agent + "\r\nSubject: Internal\r\n\r\nHi\r\n";

        assertThat(take(raw).reason()).contains("is a staff member");
        assertThat(take("Subject: nobody\r\n\r\nbody\r\n").reason())
                .isEqualTo("no sender address");
        assertThat(jdbc.sql("SELECT raw_message FROM mail_quarantine WHERE sender = ?")
                .param(agent).query((rs, n) -> rs.getBytes(1)).single())
                .isEqualTo(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameMessageFromAMailboxIsTakenOnce() {
        String sender = TestUsers.uniqueEmail("twice");
        byte[] raw = ("From: " + sender + "\r\nMessage-ID: <once-" + sender
                + ">\r\nSubject: Twice\r\n\r\nHi\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(intake.takeOnce(raw, "test", "help").outcome()).isEqualTo(Outcome.CASE);
        assertThat(intake.takeOnce(raw, "test", "help").outcome())
                .isEqualTo(Outcome.DUPLICATE);
    }

    private Result take(String message) {
        return intake.take(message.getBytes(StandardCharsets.UTF_8), "test", "help");
    }

    private List<String> bodies(String number) {
        return jdbc.sql("""
                SELECT m.body FROM case_message m JOIN support_case c ON c.id = m.case_id
                WHERE c.number = ? ORDER BY m.id""").param(number).query(String.class).list();
    }
}
