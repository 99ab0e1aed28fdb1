package org.portico.cases.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseActions;
import org.portico.cases.CaseDesk;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.CustomerCaseActions;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.MyDetails;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mail to customers through a real SMTP server: an agent's reply sent by email, status
 * notices in the customer's language, and the customer's answer finding its case again.
 */
@PorticoIntegrationTest
class CaseNotificationsIntegrationTests extends MailServerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    MailIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseDesk desk;

    @Autowired
    CaseActions actions;

    @Autowired
    CustomerCaseActions lifecycle;

    private CasePeople people;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL_SERVER.purgeEmailFromAllMailboxes();
        people = new CasePeople(directory);
    }

    @Test
    void anEmailedReplyThreadsAndTheCustomersAnswerJoinsTheCase() throws Exception {
        PorticoUser customer = people.customer("Rana Haddad");
        CaseView opened = cases.open(customer, new NewCase("help", "Export is empty",
                "My export has no rows.", "bills"));
        PorticoUser agent = people.staff(Role.AGENT);

        mvc.perform(multipart("/console/cases/{n}/replies", opened.number())
                        .file(new MockMultipartFile("files", "steps.txt", "text/plain",
                                "1. Open reports".getBytes(StandardCharsets.UTF_8)))
                        .param("body", "مرحبا، جرّب التصدير مرة أخرى")
                        .param("visibility", "PUBLIC").param("channel", "EMAIL")
                        .with(csrf()).with(as(agent)))
                .andExpect(redirectedUrl("/console/cases/" + opened.number() + "#messages"));

        MimeMessage sent = onlyMailTo(customer.email());
        assertThat(sent.getSubject()).isEqualTo("[#" + opened.number() + "] Re: Export is empty");
        assertThat(html(sent)).contains("<div dir=\"auto\"", "مرحبا، جرّب التصدير مرة أخرى");
        assertThat(sent.getHeader("Auto-Submitted")).isNull();
        String messageId = MailDecoder.firstId(sent.getHeader("Message-ID")[0]);
        assertThat(jdbc.sql("SELECT direction FROM case_mail WHERE message_id = ?")
                .param(messageId).query(String.class).single()).isEqualTo("OUTBOUND");
        assertThat(jdbc.sql("""
                SELECT file_name FROM case_attachment a JOIN support_case c ON c.id = a.case_id
                WHERE c.number = ?""").param(opened.number()).query(String.class).list())
                .containsExactly("steps.txt");

        MailIntake.Result answer = intake.take(("From: Rana <" + customer.email() + ">\r\n"
                + "Subject: Re: something else entirely\r\n"
                + "In-Reply-To: <" + messageId + ">\r\n\r\nIt works now, thanks!\r\n")
                .getBytes(StandardCharsets.UTF_8), "test", "help");
        assertThat(answer.outcome()).isEqualTo(MailIntake.Outcome.REPLY);
        assertThat(answer.caseNumber()).isEqualTo(opened.number());
    }

    @Test
    void aSubjectWithARightToLeftOverrideLosesItInTheMailSubject() throws Exception {
        PorticoUser customer = people.customer("Override Person");
        CaseView opened = cases.open(customer, new NewCase("help",
                "Invoice \u202Efdp.exe\u2066 copy", "Details.", "bills"));

        mvc.perform(post("/console/cases/{n}/replies", opened.number())
                        .param("body", "Looking at it").param("visibility", "PUBLIC")
                        .param("channel", "EMAIL")
                        .with(csrf()).with(as(people.staff(Role.AGENT))))
                .andExpect(redirectedUrl("/console/cases/" + opened.number() + "#messages"));

        assertThat(onlyMailTo(customer.email()).getSubject())
                .isEqualTo("[#" + opened.number() + "] Re: Invoice fdp.exe copy");
    }

    @Test
    void aSiteOnlyReplySendsNoMail() throws Exception {
        PorticoUser customer = people.customer("Quiet Customer");
        CaseView opened = cases.open(customer, new NewCase("help", "Question",
                "Just a question.", "bills"));

        mvc.perform(post("/console/cases/{n}/replies", opened.number())
                        .param("body", "Answered on the site").param("visibility", "PUBLIC")
                        .with(csrf()).with(as(people.staff(Role.AGENT))))
                .andExpect(redirectedUrl("/console/cases/" + opened.number() + "#messages"));

        assertThat(MAIL_SERVER.getReceivedMessagesForDomain(customer.email())).isEmpty();
    }

    @Test
    void aSolvedCaseIsAnnouncedInTheCustomersLanguage() throws Exception {
        long account = directory.createAccount("王芳", "PERSON", java.time.LocalDate.now());
        String email = TestUsers.uniqueEmail("wang");
        long id = directory.createUser(new NewUser(email, "王芳", Role.CUSTOMER, account,
                CasePeople.PASSWORD, "zh-CN", "Asia/Shanghai", null));
        PorticoUser customer = new PorticoUser(id, email, "王芳", Role.CUSTOMER, account,
                "zh-CN", null);
        CaseView opened = cases.open(customer, new NewCase("help", "发票问题", "发票在哪里？",
                "bills"));

        mvc.perform(post("/console/cases/{n}/solve", opened.number())
                        .with(csrf()).with(as(people.staff(Role.AGENT))))
                .andExpect(redirectedUrl("/console/cases/" + opened.number()));

        MimeMessage sent = onlyMailTo(email);
        assertThat(sent.getSubject()).isEqualTo("[#" + opened.number() + "] 发票问题：已解决");
        assertThat(sent.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(html(sent)).contains("<div dir=\"auto\"", "王芳，您好");
    }

    @Test
    void aCustomerWhoTurnedStatusMailOffGetsNone() throws Exception {
        PorticoUser customer = people.customer("Quiet Customer");
        directory.updateMyDetails(customer.id(), new MyDetails("Quiet Customer", "en", false));
        CaseView opened = cases.open(customer, new NewCase("help", "No mail please",
                "Just fix it.", "bills"));

        mvc.perform(post("/console/cases/{n}/solve", opened.number())
                        .with(csrf()).with(as(people.staff(Role.AGENT))))
                .andExpect(redirectedUrl("/console/cases/" + opened.number()));

        assertThat(MAIL_SERVER.getReceivedMessagesForDomain(customer.email()))
                .extracting(MimeMessage::getSubject)
                .noneMatch(subject -> subject.startsWith("[#" + opened.number() + "]"));
    }

    @Test
    void editedTemplatesAreUsedForTheNextMail() throws Exception {
        PorticoUser admin = people.staff(Role.ADMIN);
        mvc.perform(post("/console/admin/mail-templates").with(csrf()).with(as(admin))
                        .param("key", "status").param("language", "en")
                        .param("subject", "Case {case_number} is {status}")
                        .param("body", "Hi {customer_name}, see {link}"))
                .andExpect(redirectedUrl("/console/admin/mail-templates#template-status-en"));
        try {
            PorticoUser customer = people.customer("Templated Customer");
            CaseView opened = cases.open(customer, new NewCase("help", "Anything", "Any text.",
                    "bills"));

            mvc.perform(post("/console/cases/{n}/solve", opened.number())
                    .with(csrf()).with(as(people.staff(Role.AGENT))));

            MimeMessage sent = onlyMailTo(customer.email());
            assertThat(sent.getSubject()).isEqualTo("Case " + opened.number() + " is Solved");
            assertThat(html(sent)).contains("Hi Templated Customer, see ")
                    .contains("/s/help/cases/" + opened.number());
        } finally {
            jdbc.sql("""
                    UPDATE mail_template SET subject = '[#{case_number}] {subject}: {status}'
                    WHERE template_key = 'status' AND language = 'en'""").update();
        }
    }

    @Test
    void aCaseByEmailIsAcknowledgedWithItsNumberAndTheAnswerThreads() throws Exception {
        String sender = TestUsers.uniqueEmail("acknowledged");

        MailIntake.Result opened = intake.take(("From: Omar <" + sender + ">\r\n"
                + "Message-ID: <first-" + sender + ">\r\nSubject: Payroll stuck\r\n\r\n"
                + "The run does not finish.\r\n").getBytes(StandardCharsets.UTF_8), "test",
                "help");

        MimeMessage ack = onlyMailTo(sender);
        assertThat(ack.getSubject()).isEqualTo("[#" + opened.caseNumber() + "] Payroll stuck");
        assertThat(ack.getHeader("In-Reply-To")[0]).isEqualTo("<first-" + sender + ">");
        assertThat(ack.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(html(ack)).contains("opened case " + opened.caseNumber());
        MailIntake.Result answer = intake.take(("From: " + sender + "\r\nSubject: Re: "
                + ack.getSubject() + "\r\nIn-Reply-To: " + ack.getHeader("Message-ID")[0]
                + "\r\n\r\nMore details.\r\n").getBytes(StandardCharsets.UTF_8), "test",
                "help");
        assertThat(answer.outcome()).isEqualTo(MailIntake.Outcome.REPLY);
        assertThat(answer.caseNumber()).isEqualTo(opened.caseNumber());
        assertThat(MAIL_SERVER.getReceivedMessagesForDomain(sender)).hasSize(1);
    }

    @Test
    void automaticRepliesBouncesAndOurOwnMailAreNeverAcknowledged() throws Exception {
        String robot = TestUsers.uniqueEmail("robot");
        intake.take(("From: " + robot + "\r\nAuto-Submitted: auto-replied\r\n"
                + "Subject: Out of office\r\n\r\nAway.\r\n")
                .getBytes(StandardCharsets.UTF_8), "test", "help");
        intake.take(("From: " + robot + "\r\nX-Failed-Recipients: someone@example.org\r\n"
                + "Subject: Undeliverable\r\n\r\nFailed.\r\n")
                .getBytes(StandardCharsets.UTF_8), "test", "help");
        intake.take(("From: " + robot + "\r\nAuto-Submitted: auto-generated\r\n"
                + "Subject: [#99999998] Something\r\n\r\nWe have received your message."
                + "\r\n").getBytes(StandardCharsets.UTF_8), "test", "help");

        assertThat(MAIL_SERVER.getReceivedMessagesForDomain(robot)).isEmpty();
    }

    @Test
    void reopeningEscalationAndClosingEachTellTheCustomer() throws Exception {
        PorticoUser customer = people.customer("Status Watcher");
        CaseView opened = cases.open(customer, new NewCase("help", "Tax form", "Which form?",
                "bills"));
        PorticoUser agent = people.staff(Role.AGENT);
        desk.solve(agent, opened.number());
        cases.reply(customer, "help", opened.number(), "Not solved yet, sorry.");
        actions.escalate(null, opened.number(), "at risk");
        actions.escalate(agent, opened.number(), "needs a specialist");
        lifecycle.close(customer, "help", opened.number());

        assertThat(statusMails(customer.email())).containsExactly(
                "[#" + opened.number() + "] Tax form: Solved",
                "[#" + opened.number() + "] Tax form: Open",
                "[#" + opened.number() + "] Tax form: Closed");
    }

    @Test
    void anAgentsEscalationIsAnnounced() throws Exception {
        PorticoUser customer = people.customer("Escalated Customer");
        CaseView opened = cases.open(customer, new NewCase("help", "Lost data", "All gone.",
                "bills"));

        actions.escalate(people.staff(Role.AGENT), opened.number(), "needs a specialist");

        assertThat(statusMails(customer.email())).containsExactly(
                "[#" + opened.number() + "] Lost data: Escalated");
    }

    private static List<String> statusMails(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : MAIL_SERVER.getReceivedMessagesForDomain(address)) {
            if (mail.getSubject().startsWith("[#") && mail.getSubject().contains(": ")) {
                subjects.add(mail.getSubject());
            }
        }
        return subjects;
    }

    /** The one notification to this address; the satisfaction survey of a solved case aside. */
    private static MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : MAIL_SERVER.getReceivedMessagesForDomain(address)) {
            String subject = mail.getSubject();
            if (!subject.endsWith("how did we do?") && !subject.endsWith("我们做得怎么样？")) {
                mails.add(mail);
            }
        }
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = html(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }
}
