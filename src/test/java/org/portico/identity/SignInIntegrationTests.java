package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@PorticoIntegrationTest
class SignInIntegrationTests {

    private static final Pattern CSRF_FIELD =
            Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void signsInACustomerAndReturnsToTheirSite() throws Exception {
        String email = TestUsers.customer(directory, "Ana Silva");

        mvc.perform(signIn("help", email.toUpperCase(), TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/s/help"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void sendsAWrongPasswordBackToTheSignInPageOfTheSite() throws Exception {
        String email = TestUsers.customer(directory, "Wrong Password");

        mvc.perform(signIn("business", email, "not-the-password"))
                .andExpect(redirectedUrl("/s/business/signin?error"))
                .andExpect(unauthenticated());
        mvc.perform(signIn("help", TestUsers.uniqueEmail("nobody"), TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/s/help/signin?error"));
        mvc.perform(MockMvcRequestBuilders.get("/s/help/signin").param("error", ""))
                .andExpect(content().string(containsString("Wrong email or password.")));
    }

    @Test
    void sendsAWrongConsolePasswordBackToTheConsoleSignIn() throws Exception {
        mvc.perform(post("/signin").with(csrf())
                        .param("email", TestUsers.uniqueEmail("agent"))
                        .param("password", "not-the-password"))
                .andExpect(redirectedUrl("/console/signin?error"));
    }

    @Test
    void signsOutAndReturnsToTheSite() throws Exception {
        String email = TestUsers.customer(directory, "Leaving Soon");
        MockHttpSession session = (MockHttpSession) mvc
                .perform(signIn("help", email, TestUsers.PASSWORD))
                .andReturn().getRequest().getSession();

        mvc.perform(post("/signout").with(csrf()).session(session).param("site", "help"))
                .andExpect(redirectedUrl("/s/help"))
                .andExpect(unauthenticated());
    }

    @Test
    void refusesFormsPostedWithoutTheToken() throws Exception {
        String email = TestUsers.customer(directory, "No Token");

        mvc.perform(post("/signin").param("email", email).param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/signout").param("site", "help")).andExpect(status().isForbidden());
        mvc.perform(post("/s/help/password/forgot").param("email", email))
                .andExpect(status().isForbidden());
    }

    @Test
    void keepsTheSignedInSessionInTheDatabaseUntilSignOut() throws Exception {
        String email = TestUsers.customer(directory, "Dana Session");
        Visitor browser = new Visitor(port);
        String token = csrfToken(browser.get("/s/help/signin").body());
        Optional<String> anonymousSession = browser.cookie("SESSION");

        HttpResponse<String> signedIn = browser.postForm("/signin", "site=help&_csrf="
                + token + "&email=" + email + "&password=" + TestUsers.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.cookie("SESSION")).isPresent().isNotEqualTo(anonymousSession);
        assertThat(sessionsOf(email)).isEqualTo(1);
        String home = browser.get("/s/help").body();
        assertThat(home).contains("Dana Session");

        browser.postForm("/signout", "site=help&_csrf=" + csrfToken(home));

        assertThat(sessionsOf(email)).isZero();
        assertThat(browser.get("/s/help").body()).doesNotContain("Dana Session");
    }

    @Test
    void setsASessionCookieThatScriptsCannotReadNorOtherSitesSend() throws Exception {
        String email = TestUsers.customer(directory, "Cookie Carla");
        Visitor browser = new Visitor(port);
        String token = csrfToken(browser.get("/s/help/signin").body());

        HttpResponse<String> signedIn = browser.postForm("/signin", "site=help&_csrf="
                + token + "&email=" + email + "&password=" + TestUsers.PASSWORD);

        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    private static MockHttpServletRequestBuilder signIn(String site, String email,
            String password) {
        return post("/signin").with(csrf())
                .param("site", site)
                .param("email", email)
                .param("password", password);
    }

    private long sessionsOf(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(email).query(Long.class).single();
    }

    private static String csrfToken(String page) throws IOException {
        Matcher field = CSRF_FIELD.matcher(page);
        if (!field.find()) {
            throw new IOException("No form token on the page");
        }
        return field.group(1);
    }
}
