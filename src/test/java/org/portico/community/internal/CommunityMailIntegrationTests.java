package org.portico.community.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.community.CommunityContent;
import org.portico.community.CommunityMembers;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mail about followed questions and topics through a real SMTP server.
 */
@PorticoIntegrationTest
class CommunityMailIntegrationTests extends MailServerTests {

    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("https?://\\S+(/s/help/community/unsubscribe\\?token=([0-9a-f]+))");

    private static final GreenMail mailServer = MAIL_SERVER;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CommunityContent content;

    @Autowired
    CommunityMail mail;

    CommunityMembers members;

    @BeforeEach
    void setUp() throws Exception {
        mailServer.purgeEmailFromAllMailboxes();
        members = new CommunityMembers(directory, content);
    }

    @Test
    void mailsTheAskerAboutAnswersUntilTheyUnsubscribe() throws Exception {
        PorticoUser asker = members.trusted("Mailed Mia");
        PorticoUser helper = members.trusted("Answering Abe");
        String title = "Why does <b>&amp; show in my \"bills\"?";
        long question = content.ask(asker.id(), "help", title, "Odd characters", "bills");

        answer(helper, question, "Because of the import.");

        List<MimeMessage> received = to(asker.email());
        assertThat(received).hasSize(1);
        String body = GreenMailUtil.getBody(received.get(0)).replace("=\r\n", "");
        assertThat(received.get(0).getSubject()).isEqualTo("1 update from the community");
        assertThat(body).contains("New answer to: " + title)
                .contains("/s/help/community/questions/" + question);
        Matcher link = UNSUBSCRIBE.matcher(body);
        assertThat(link.find()).as("unsubscribe link in %s", body).isTrue();

        mvc.perform(get(link.group(1)))
                .andExpect(content().string(containsString("Stop emails")));
        mvc.perform(post("/s/help/community/unsubscribe").with(csrf())
                        .param("token", link.group(2)))
                .andExpect(content().string(containsString("You will not receive")));
        answer(members.trusted("Late Larry"), question, "Another idea.");

        assertThat(to(asker.email())).hasSize(1);
        mvc.perform(get("/s/help/community/notifications").with(as(asker)))
                .andExpect(content().string(containsString(
                        "New answer to: Why does &lt;b&gt;&amp;amp; show")));
    }

    @Test
    void sendsTheDailyDigestOnceADayForAllNodes() throws Exception {
        PorticoUser reader = members.trusted("Digest Dana");
        mvc.perform(post("/s/help/community/notifications/mail").with(as(reader)).with(csrf())
                .param("mode", "DAILY"));
        mvc.perform(post("/s/help/community/topics/payroll/follow").with(as(reader))
                .with(csrf()));
        PorticoUser asker = members.trusted("Payroll Pete");
        content.ask(asker.id(), "help", "Payroll tax forms for contractors", "Which?", "payroll");
        content.ask(asker.id(), "help", "Payroll runs twice this month", "Why?", "payroll");

        assertThat(to(reader.email())).isEmpty();
        LocalDate day = LocalDate.of(2001, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(30_000));
        mail.sendDigest(day);
        int again = mail.sendDigest(day);

        List<MimeMessage> digest = to(reader.email());
        assertThat(digest).hasSize(1);
        assertThat(again).isZero();
        assertThat(digest.get(0).getSubject()).isEqualTo("2 updates from the community");
        assertThat(GreenMailUtil.getBody(digest.get(0)).replace("=\r\n", ""))
                .contains("New question: Payroll tax forms for contractors")
                .contains("New question: Payroll runs twice this month");
    }

    private void answer(PorticoUser author, long question, String body) throws Exception {
        mvc.perform(post("/s/help/community/questions/" + question + "/answers").with(as(author))
                .with(csrf()).param("body", body).param("formToken", UUID.randomUUID().toString()));
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients())
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
