package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Password reset through a real SMTP server; the mail settings give the classes that extend
 * {@link MailServerTests} a Spring context of their own.
 */
@PorticoIntegrationTest
class PasswordResetIntegrationTests extends MailServerTests {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+(/s/help/password/reset\\?token=([A-Za-z0-9_-]+))");

    private static final GreenMail mailServer = MAIL_SERVER;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mailServer.purgeEmailFromAllMailboxes();
    }

    @Test
    void setsANewPasswordThroughTheLinkSentByEmail() throws Exception {
        String email = TestUsers.customer(directory, "Forgetful Fran");

        String path = requestLinkFor(email);
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")));
        choosePassword(path, "a-brand-new-secret")
                .andExpect(redirectedUrl("/s/help/signin?reset"));

        mvc.perform(signIn(email, "a-brand-new-secret"))
                .andExpect(authenticated().withUsername(email));
        mvc.perform(signIn(email, TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/s/help/signin?error"));
    }

    @Test
    void acceptsEachLinkOnlyOnce() throws Exception {
        String email = TestUsers.customer(directory, "Twice Tried");
        String path = requestLinkFor(email);

        choosePassword(path, "first-new-secret")
                .andExpect(redirectedUrl("/s/help/signin?reset"));

        mvc.perform(get(path))
                .andExpect(content().string(containsString("This link has expired")));
        choosePassword(path, "second-new-secret")
                .andExpect(content().string(containsString("This link has expired")));
        mvc.perform(signIn(email, "first-new-secret"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void keepsTheOldPasswordWhenTheNewOneIsTooShort() throws Exception {
        String email = TestUsers.customer(directory, "Short Choice");
        String path = requestLinkFor(email);

        choosePassword(path, "short")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("between 10 and 100 characters")));

        mvc.perform(signIn(email, TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void givesTheSameAnswerForAnUnknownAddressAndSendsNothing() throws Exception {
        String known = TestUsers.customer(directory, "Known Person");
        String answerForKnown = forgot(known);
        mailServer.purgeEmailFromAllMailboxes();

        String answerForUnknown = forgot(TestUsers.uniqueEmail("unknown"));

        assertThat(withoutTokens(answerForUnknown)).isEqualTo(withoutTokens(answerForKnown));
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void neverMailsALinkToAHostNamedOnlyByTheRequest() throws Exception {
        String email = TestUsers.customer(directory, "Header Target");

        mvc.perform(post("/s/help/password/forgot").with(csrf()).param("email", email)
                .header("Host", "attacker.example")).andExpect(status().isOk());

        assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
        String body = GreenMailUtil.getBody(mailServer.getReceivedMessages()[0]);
        assertThat(body).doesNotContain("attacker.example")
                .contains("http://localhost/s/help/password/reset?token=");
    }

    @Test
    void mailsAnAddressAtMostThreeTimesAnHourWhateverTheFormsAsk() throws Exception {
        String email = TestUsers.customer(directory, "Flooded Mailbox");
        String first = forgot(email);

        for (int i = 0; i < 3; i++) {
            assertThat(withoutTokens(forgot(email.toUpperCase(Locale.ROOT))))
                    .isEqualTo(withoutTokens(first));
        }
        mvc.perform(post("/s/help/signup").with(csrf()).param("name", "Someone Else")
                .param("email", email).param("password", "another-long-secret"))
                .andExpect(redirectedUrl("/s/help/signin?checkMail"));

        assertThat(mailServer.waitForIncomingEmail(5000, 3)).isTrue();
        Thread.sleep(500);
        assertThat(mailServer.getReceivedMessages()).hasSize(3)
                .allSatisfy(mail -> assertThat(mail.getSubject())
                        .isEqualTo("Choose a new password"));
    }

    private String requestLinkFor(String email) throws Exception {
        assertThat(forgot(email)).contains("id=\"reset-sent\"");
        assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = mailServer.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).isEqualTo("Choose a new password");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        return link.group(1);
    }

    private ResultActions choosePassword(String linkPath, String password) throws Exception {
        return mvc.perform(post("/s/help/password/reset").with(csrf())
                .param("token", token(linkPath)).param("password", password));
    }

    private String forgot(String email) throws Exception {
        return mvc.perform(post("/s/help/password/forgot").with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String token(String path) {
        return path.substring(path.indexOf("token=") + "token=".length());
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("content=\"[^\"]*\"", "");
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/signin").with(csrf()).param("site", "help")
                .param("email", email).param("password", password);
    }
}
