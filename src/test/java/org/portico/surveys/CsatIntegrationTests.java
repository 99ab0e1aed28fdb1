package org.portico.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseDesk;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The satisfaction question after solving, by email (through a real SMTP server) and on the
 * case page.
 */
@PorticoIntegrationTest
class CsatIntegrationTests extends MailServerTests {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/s/help/csat/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    CsatAnswers answers;

    CasePeople people;

    @BeforeEach
    void setUp() throws Exception {
        people = new CasePeople(directory);
        MAIL_SERVER.purgeEmailFromAllMailboxes();
    }

    @Test
    void asksByEmailOnceAndKeepsTheFirstAnswer() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser agent = people.staff(Role.AGENT);
        String number = cases.open(ann, new NewCase("help", "Budget gone", "Help", "budgets"))
                .number();

        desk.solve(agent, number);

        String token = tokenMailedTo(ann.email(), "Case " + number + ": how did we do?");
        mvc.perform(get("/s/help/csat/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How satisfied are you with how we"
                        + " handled case " + number)));
        mvc.perform(post("/s/help/csat/" + token).with(csrf()).param("comment", "Quick"))
                .andExpect(content().string(containsString("Choose a score from 1 to 5.")))
                .andExpect(content().string(containsString(">Quick</textarea>")));
        mvc.perform(post("/s/help/csat/" + token).with(csrf()).param("score", "4")
                        .param("comment", "Quick and kind"))
                .andExpect(content().string(containsString("Thank you for your answer.")));
        mvc.perform(post("/s/help/csat/" + token).with(csrf()).param("score", "1")
                        .param("comment", "Changed my mind"))
                .andExpect(content().string(containsString("You have answered already")))
                .andExpect(content().string(containsString("Your score: 4 of 5")));

        assertThat(answers.ofAccount(ann.accountId(), 5)).singleElement().satisfies(a -> {
            assertThat(a.score()).isEqualTo(4);
            assertThat(a.comment()).isEqualTo("Quick and kind");
        });
        cases.reply(ann, "help", number, "One more question");
        desk.solve(agent, number);
        assertThat(Stream.of(MAIL_SERVER.getReceivedMessages())
                .filter(m -> subjectOf(m).endsWith("how did we do?"))).hasSize(1);
    }

    @Test
    void asksOnTheCasePageAndShowsTheAnswerToAgentsAtAGlance() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser bob = people.customer("Bob Ray");
        PorticoUser agent = people.staff(Role.AGENT);
        String number = cases.open(ann, new NewCase("help", "Tax form", "Help", "taxes"))
                .number();
        desk.solve(agent, number);

        mvc.perform(get("/s/help/cases/" + number + "/csat").with(as(ann)))
                .andExpect(content().string(containsString("id=\"csat-form\"")));
        mvc.perform(get("/s/help/cases/" + number + "/csat").with(as(bob)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/s/help/cases/" + number + "/csat").with(as(ann)).with(csrf())
                        .param("score", "5").param("comment", "=SUM(1)"))
                .andExpect(content().string(containsString("Thank you for your answer.")));

        mvc.perform(get("/console/cases/" + number + "/csat").with(as(agent)))
                .andExpect(content().string(containsString("5/5")))
                .andExpect(content().string(containsString("=SUM(1)")));
        mvc.perform(get("/s/help/csat/not-a-real-token-at-all-123")).andExpect(
                status().isNotFound());
        mvc.perform(get("/s/help/cases/" + number + "/csat").with(as(ann)))
                .andExpect(content().string(not(containsString("id=\"csat-form\""))));
    }

    private String tokenMailedTo(String email, String subject) throws Exception {
        MimeMessage mail = mailTitled(subject);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email.toLowerCase());
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("a survey link in the mail").isTrue();
        return link.group(1);
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to five seconds for the survey, which may come beside the status mail. */
    private static MimeMessage mailTitled(String subject) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            var found = Stream.of(MAIL_SERVER.getReceivedMessages())
                    .filter(m -> subject.equals(subjectOf(m))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail titled " + subject);
    }
}
