package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Where form tokens are kept, over real HTTP: in a cookie for visitors who are not signed in
 * (no session for them), in the session once signed in. This class has a Spring context of
 * its own: MockMvc's {@code csrf()} swaps the form-token store of the context it runs in for
 * one kept in the session, which is exactly what is checked here.
 */
@PorticoIntegrationTest
@TestPropertySource(properties = "portico.test.context=form-tokens")
class FormTokensIntegrationTests {

    private static final Pattern CSRF_META =
            Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @LocalServerPort
    int port;

    @Test
    void keepsNoSessionForAnonymousVisitorsYetChecksTheirFormTokens() throws Exception {
        Visitor browser = new Visitor(port);
        long sessions = sessions();

        HttpResponse<String> search = browser.get("/s/help/search?q=bill");
        String signInPage = browser.get("/s/help/signin").body();

        assertThat(search.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("SESSION="))
                .filteredOn(cookie -> cookie.startsWith("PORTICO-CSRF="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        assertThat(browser.cookie("SESSION")).isEmpty();
        assertThat(sessions()).isEqualTo(sessions);
        String wrongPassword = "site=help&email=nobody%40example.invalid&password=x&_csrf=";
        assertThat(browser.postForm("/signin", wrongPassword + "forged").statusCode())
                .isEqualTo(403);
        assertThat(browser.postForm("/signin", wrongPassword + csrfToken(signInPage))
                .headers().firstValue("Location"))
                .hasValueSatisfying(target -> assertThat(target).endsWith("/signin?error"));
    }

    @Test
    void ignoresATokenPlantedInTheCookieOnceSignedIn() throws Exception {
        String email = TestUsers.customer(directory, "Planted Cookie");
        Visitor browser = new Visitor(port);
        String token = csrfToken(browser.get("/s/help/signin").body());
        browser.postForm("/signin", "site=help&_csrf=" + token + "&email=" + email
                + "&password=" + TestUsers.PASSWORD);

        // A cookie someone else set, with the form value that matches it (the value is sent
        // masked: random bytes, then the token combined with them; zeros leave it as is).
        String planted = "chosen-by-someone-else";
        browser.plantCookie("PORTICO-CSRF", planted);
        byte[] plantedBytes = planted.getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[plantedBytes.length * 2];
        System.arraycopy(plantedBytes, 0, masked, plantedBytes.length, plantedBytes.length);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(masked);

        assertThat(browser.postForm("/signout", "site=help&_csrf=" + forged).statusCode())
                .isEqualTo(403);
        String home = browser.get("/s/help").body();
        assertThat(home).contains("Planted Cookie");
        assertThat(browser.postForm("/signout", "site=help&_csrf=" + csrfToken(home))
                .statusCode()).isEqualTo(302);
        assertThat(browser.get("/s/help").body()).doesNotContain("Planted Cookie");
    }

    private long sessions() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
    }

    private static String csrfToken(String page) throws IOException {
        Matcher meta = CSRF_META.matcher(page);
        if (!meta.find()) {
            throw new IOException("No form token on the page");
        }
        return meta.group(1);
    }
}
