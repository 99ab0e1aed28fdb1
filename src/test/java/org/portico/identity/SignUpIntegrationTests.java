package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-up through a real SMTP server: whatever the address, the form answers "check your
 * mail", and the mail says what comes next.
 */
@PorticoIntegrationTest
class SignUpIntegrationTests extends MailServerTests {

    private static final String SIGNUP = "/s/help/signup";
    private static final Pattern LINK =
            Pattern.compile("https?://\\S+(/s/help/signup/confirm\\?token=([A-Za-z0-9_-]+))");
    private static final GreenMail mailServer = MAIL_SERVER;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mailServer.purgeEmailFromAllMailboxes();
    }

    @Test
    void createsTheAccountAndLetsItSignInOnlyOnceTheMailedLinkConfirmsTheAddress()
            throws Exception {
        String email = TestUsers.uniqueEmail("signs-up");

        mvc.perform(signUp("  Mei Lin ", email, "long-enough-secret"))
                .andExpect(redirectedUrl("/s/help/signin?checkMail"));

        long userId = directory.userIdByEmail(email).orElseThrow();
        CustomerSummary customer = directory.customer(userId).orElseThrow();
        assertThat(customer.name()).isEqualTo("Mei Lin");
        assertThat(customer.accountName()).isEqualTo("Mei Lin");
        assertThat(customer.accountKind()).isEqualTo("PERSON");
        mvc.perform(signIn(email, "long-enough-secret"))
                .andExpect(redirectedUrl("/s/help/signin?error"));

        String path = confirmationLinkTo(email);
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-submit\"")));
        confirm(path, "long-enough-secret")
                .andExpect(redirectedUrl("/s/help/signin?confirmed"));

        mvc.perform(signIn(email, "long-enough-secret"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void answersTheSameForAnAddressWithAnAccountAndMailsItsOwnerInstead() throws Exception {
        String email = TestUsers.customer(directory, "First Owner");
        long owner = directory.userIdByEmail(email).orElseThrow();

        mvc.perform(signUp("Second Try", email.toUpperCase(), "long-enough-secret"))
                .andExpect(redirectedUrl("/s/help/signin?checkMail"));

        MimeMessage note = onlyMailTo(email);
        assertThat(note.getSubject()).isEqualTo("Someone tried to sign up with your address");
        assertThat(GreenMailUtil.getBody(note)).contains("/s/help/signin")
                .contains("/s/help/password/forgot").doesNotContain("token=");
        assertThat(directory.userIdByEmail(email)).contains(owner);
        mvc.perform(signIn(email, "long-enough-secret"))
                .andExpect(redirectedUrl("/s/help/signin?error"));
        mvc.perform(signIn(email, TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void showsTheSameNoticeWhateverTheAddress() throws Exception {
        mvc.perform(get("/s/help/signin").param("checkMail", ""))
                .andExpect(content().string(containsString("We have sent a message")));
        mvc.perform(get("/s/help/signin").param("confirmed", ""))
                .andExpect(content().string(containsString("Your account is ready")));
    }

    @Test
    void keepsOnlyABcryptHashOfThePasswordAndUsesEachLinkOnce() throws Exception {
        String email = TestUsers.uniqueEmail("hashed");

        mvc.perform(signUp("Hashed Person", email, "long-enough-secret"))
                .andExpect(status().is3xxRedirection());
        String path = confirmationLinkTo(email);
        confirm(path, "long-enough-secret").andExpect(status().is3xxRedirection());

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE email = ?")
                .param(email).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("long-enough-secret");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM signup_confirmation
                WHERE user_id = (SELECT id FROM app_user WHERE email = ?)""")
                .param(email).query(Long.class).single()).as("the used hash is gone").isZero();
        confirm(path, "long-enough-secret").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-expired\"")));
    }

    @Test
    void confirmsNothingWhenTheOwnerChoseAPasswordThroughAResetLinkMeanwhile() throws Exception {
        String email = TestUsers.uniqueEmail("pre-claimed");
        mvc.perform(signUp("Somebody Else", email, "someone-elses-secret"));
        String path = confirmationLinkTo(email);
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE email = ?")
                .params(directory.hashPassword("owners-own-secret"), email).update();

        confirm(path, "someone-elses-secret")
                .andExpect(content().string(containsString("id=\"confirm-expired\"")));

        mvc.perform(signIn(email, "someone-elses-secret"))
                .andExpect(redirectedUrl("/s/help/signin?error"));
    }

    @Test
    void setsNoPasswordWhenTheOwnerConfirmsWithoutThePasswordChosenAtSignUp()
            throws Exception {
        String email = TestUsers.uniqueEmail("taken-over");
        mvc.perform(signUp("Not The Owner", email, "attackers-own-secret"));
        String path = confirmationLinkTo(email);

        confirm(path, "owners-guess-secret").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-password-error\"")))
                .andExpect(content().string(containsString(
                        "This is not the password chosen at sign-up.")));
        mvc.perform(post("/s/help/signup/confirm").with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)
                        .param("token", tokenOf(path)).param("password", ""))
                .andExpect(content().string(containsString("这不是注册时设置的密码")));

        mvc.perform(signIn(email, "attackers-own-secret"))
                .andExpect(redirectedUrl("/s/help/signin?error"));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM app_user WHERE email = ? AND password_hash IS NOT NULL""")
                .param(email).query(Long.class).single()).isZero();
    }

    @Test
    void showsAnErrorBesideEachWrongFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(signUp("", "not-an-email", "short-pw"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"name-error\">Please fill in this field.</div>")))
                .andExpect(content().string(containsString(
                        "id=\"email-error\">Please enter a valid email address.</div>")))
                .andExpect(content().string(containsString(
                        "Must be between 10 and 100 characters long.")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(not(containsString("short-pw"))));
    }

    @Test
    void rejectsANameLongerThanTheLimit() throws Exception {
        String longName = "N".repeat(121);

        mvc.perform(signUp(longName, TestUsers.uniqueEmail("long"), "long-enough-secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"name-error\">At most 120 characters.</div>")))
                .andExpect(content().string(containsString("value=\"" + longName + "\"")));
    }

    @Test
    void showsTheErrorsInChineseWhenAskedByParameter() throws Exception {
        mvc.perform(signUp("", "not-an-email", "short-pw").param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\">请填写此项。")))
                .andExpect(content().string(containsString(
                        "id=\"email-error\">请输入有效的电子邮箱地址。")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
    }

    @Test
    void showsTheErrorsInChineseWhenTheLanguageCookieSaysSo() throws Exception {
        mvc.perform(signUp("王芳", "not-an-email", "short-pw")
                        .cookie(new Cookie("portico-lang", "zh-CN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("创建账户")))
                .andExpect(content().string(containsString(
                        "id=\"email-error\">请输入有效的电子邮箱地址。")))
                .andExpect(content().string(containsString("value=\"王芳\"")));
    }

    @Test
    void offersNoSignUpOnTheBusinessSite() throws Exception {
        mvc.perform(get("/s/business/signup")).andExpect(status().isNotFound());
        mvc.perform(post("/s/business/signup").with(csrf())
                        .param("name", "Acme Buyer")
                        .param("email", TestUsers.uniqueEmail("business"))
                        .param("password", "long-enough-secret"))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesASignUpWithoutTheFormToken() throws Exception {
        String email = TestUsers.uniqueEmail("no-token");

        mvc.perform(post(SIGNUP).param("name", "No Token").param("email", email)
                        .param("password", "long-enough-secret"))
                .andExpect(status().isForbidden());

        assertThat(directory.userIdByEmail(email)).isEmpty();
    }

    private String confirmationLinkTo(String email) throws Exception {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(onlyMailTo(email)));
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        return link.group(1);
    }

    private MimeMessage onlyMailTo(String email) throws Exception {
        assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] mails = mailServer.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualToIgnoringCase(email);
        return mails[0];
    }

    private ResultActions confirm(String path, String password) throws Exception {
        return mvc.perform(post("/s/help/signup/confirm").with(csrf())
                .param("token", tokenOf(path)).param("password", password));
    }

    private static String tokenOf(String path) {
        return path.substring(path.indexOf("token=") + "token=".length());
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/signin").with(csrf()).param("site", "help")
                .param("email", email).param("password", password);
    }

    private static MockHttpServletRequestBuilder signUp(String name, String email,
            String password) {
        return post(SIGNUP).with(csrf())
                .param("name", name)
                .param("email", email)
                .param("password", password);
    }
}
