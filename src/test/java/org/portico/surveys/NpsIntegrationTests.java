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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * NPS waves by email (through a real SMTP server), answered once by link or on the site, and
 * counted in the scorecard.
 */
@PorticoIntegrationTest
class NpsIntegrationTests extends MailServerTests {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/s/(help|business)/nps/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PorticoCommand> commands;

    CasePeople people;

    @BeforeEach
    void setUp() throws Exception {
        people = new CasePeople(directory);
        wave();
        MAIL_SERVER.purgeEmailFromAllMailboxes();
    }

    @Test
    void asksEachContactOnceInTheirLanguageAndKeepsTheFirstAnswer() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser li = chineseCustomer("李娜");
        long[] before = npsTotals();

        wave();

        String token = tokenMailedTo(ann.email(), "Help Centre: one question for you");
        assertThat(mailTo(li.email()).getSubject()).isEqualTo("帮助中心：想问您一个问题");
        assertThat(npsTotals()[0] - before[0]).isEqualTo(2);
        mvc.perform(get("/s/help/nps/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How likely are you to recommend"
                        + " us to a friend or colleague?")));
        mvc.perform(post("/s/help/nps/" + token).with(csrf()).param("comment", "Fine"))
                .andExpect(content().string(containsString("Choose a score from 0 to 10.")))
                .andExpect(content().string(containsString(">Fine</textarea>")));
        mvc.perform(post("/s/help/nps/" + token).with(csrf()).param("score", "11"))
                .andExpect(content().string(containsString("Choose a score from 0 to 10.")));
        mvc.perform(post("/s/help/nps/" + token).with(csrf()).param("score", "9")
                        .param("comment", "Tell my friends"))
                .andExpect(content().string(containsString("Thank you for your answer.")));
        mvc.perform(post("/s/help/nps/" + token).with(csrf()).param("score", "2"))
                .andExpect(content().string(containsString("You have answered already")))
                .andExpect(content().string(containsString("Your score: 9 of 10")));

        long[] after = npsTotals();
        assertThat(after[1] - before[1]).isEqualTo(1);
        assertThat(after[2] - before[2]).isEqualTo(1);
        wave();
        assertThat(mailsTo(ann.email())).isEqualTo(1);
    }

    @Test
    void answersNotFoundForSomeoneElsesSurvey() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser bob = people.customer("Bob Ray");
        wave();
        String annsToken = tokenMailedTo(ann.email(), "Help Centre: one question for you");

        mvc.perform(get("/s/help/nps/" + annsToken).with(as(bob)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/s/business/nps/" + annsToken)).andExpect(status().isNotFound());
        mvc.perform(get("/s/help/nps/not-a-real-token-at-all-123"))
                .andExpect(status().isNotFound());
        long annsSurvey = jdbc.sql("SELECT id FROM nps_survey WHERE customer_user_id = ?")
                .param(ann.id()).query(Long.class).single();
        mvc.perform(post("/s/help/nps/answers/" + annsSurvey).with(as(bob)).with(csrf())
                        .param("score", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void asksOnTheSiteWhileSignedInAndShowsTheAnswerAtAGlance() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        wave();
        long survey = jdbc.sql("SELECT id FROM nps_survey WHERE customer_user_id = ?")
                .param(ann.id()).query(Long.class).single();

        mvc.perform(get("/s/help/nps-banner").with(as(ann)))
                .andExpect(content().string(containsString("id=\"nps-banner-link\"")));
        mvc.perform(get("/s/help/nps").with(as(ann)))
                .andExpect(content().string(containsString("id=\"nps-form\"")));
        mvc.perform(post("/s/help/nps/answers/" + survey).with(as(ann)).with(csrf())
                        .param("score", "6").param("comment", "<b>slow</b>"))
                .andExpect(content().string(containsString("Thank you for your answer.")))
                .andExpect(content().string(containsString("&lt;b&gt;slow&lt;/b&gt;")));

        mvc.perform(get("/s/help/nps-banner").with(as(ann)))
                .andExpect(content().string(not(containsString("nps-banner-link"))));
        mvc.perform(get("/s/help/nps").with(as(ann)))
                .andExpect(content().string(containsString("id=\"nps-none\"")));
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        mvc.perform(get("/api/v1/analytics/nps?site=help").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"detractors\"")));
    }

    @Test
    void sendsNoWaveWhileAnotherNodeSendsOne() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        jdbc.sql("UPDATE job_lease SET holder = 'other-node', held_until = ? WHERE name = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10), "nps-wave").update();
        try {
            assertThat(waveCommand().run(CommandArguments.parse(List.of()))).isEqualTo(1);
            assertThat(mailsTo(ann.email())).isZero();
        } finally {
            jdbc.sql("UPDATE job_lease SET held_until = ? WHERE name = ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), "nps-wave")
                    .update();
        }
    }

    private PorticoUser chineseCustomer(String name) {
        long account = directory.createAccount(name, "PERSON", LocalDate.of(2022, 1, 1));
        String email = UUID.randomUUID() + "@example.com";
        long id = directory.createUser(new NewUser(email, name, Role.CUSTOMER, account,
                CasePeople.PASSWORD, "zh-CN", "Asia/Shanghai", null));
        return new PorticoUser(id, email, name, Role.CUSTOMER, account, "zh-CN", null);
    }

    private void wave() {
        assertThat(waveCommand().run(CommandArguments.parse(List.of("--limit=100000"))))
                .isZero();
    }

    private PorticoCommand waveCommand() {
        return commands.stream().filter(c -> c.name().equals("surveys nps-wave")).findFirst()
                .orElseThrow();
    }

    /** Surveys sent, answers and promoters counted by the scorecard, all days and sites. */
    private long[] npsTotals() {
        return jdbc.sql("SELECT COALESCE(SUM(sent), 0), COALESCE(SUM(answers), 0),"
                + " COALESCE(SUM(promoters), 0) FROM analytics_nps_day")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
    }

    private static long mailsTo(String email) {
        return Stream.of(MAIL_SERVER.getReceivedMessages())
                .filter(m -> recipient(m).equals(email.toLowerCase())).count();
    }

    private static MimeMessage mailTo(String email) {
        return Stream.of(MAIL_SERVER.getReceivedMessages())
                .filter(m -> recipient(m).equals(email.toLowerCase())).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + email));
    }

    private static String tokenMailedTo(String email, String subject) throws Exception {
        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo(subject);
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("a survey link in the mail").isTrue();
        return link.group(2);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
