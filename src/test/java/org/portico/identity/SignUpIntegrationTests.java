package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PorticoIntegrationTest
class SignUpIntegrationTests {

    private static final String SIGNUP = "/s/help/signup";

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAccountAndUserThenSendsToSignIn() throws Exception {
        String email = TestUsers.uniqueEmail("Signs-Up");

        mvc.perform(signUp("  Mei Lin ", email, "long-enough-secret"))
                .andExpect(redirectedUrl("/s/help/signin?registered"));

        long userId = directory.userIdByEmail(email).orElseThrow();
        CustomerSummary customer = directory.customer(userId).orElseThrow();
        assertThat(customer.email()).isEqualTo(email.toLowerCase());
        assertThat(customer.name()).isEqualTo("Mei Lin");
        assertThat(customer.accountName()).isEqualTo("Mei Lin");
        assertThat(customer.accountKind()).isEqualTo("PERSON");
        assertThat(customer.customerSince()).isNotNull();
    }

    @Test
    void showsTheNoticeOnTheSignInPageAfterSigningUp() throws Exception {
        mvc.perform(get("/s/help/signin").param("registered", ""))
                .andExpect(content().string(containsString("Your account is ready")));
    }

    @Test
    void storesOnlyABcryptHashOfThePassword() throws Exception {
        String email = TestUsers.uniqueEmail("hashed");

        mvc.perform(signUp("Hashed Person", email, "long-enough-secret"))
                .andExpect(status().is3xxRedirection());

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE email = ?")
                .param(email).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("long-enough-secret");
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
    void refusesAnEmailThatAlreadyHasAnAccount() throws Exception {
        String email = TestUsers.customer(directory, "First Owner");

        mvc.perform(signUp("Second Try", email.toUpperCase(), "long-enough-secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"email-error\">An account with this email already exists.")));
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

    private static MockHttpServletRequestBuilder signUp(String name, String email,
            String password) {
        return post(SIGNUP).with(csrf())
                .param("name", name)
                .param("email", email)
                .param("password", password);
    }
}
