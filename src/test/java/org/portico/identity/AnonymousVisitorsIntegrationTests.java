package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Pages opened by visitors who are not signed in, over real HTTP. This class has a Spring
 * context of its own: MockMvc's {@code csrf()} swaps the form-token store of the context it
 * runs in for one kept in the session, which is exactly what is checked here.
 */
@PorticoIntegrationTest
@TestPropertySource(properties = "portico.test.context=anonymous-visitors")
class AnonymousVisitorsIntegrationTests {

    private static final Pattern CSRF_META =
            Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    JdbcClient jdbc;

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
