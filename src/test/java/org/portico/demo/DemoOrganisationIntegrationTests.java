package org.portico.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A fresh installation with the demo switched on, as a newcomer gets it. Always on an embedded
 * database of its own, so that it never meets the rows of other tests.
 */
@SpringBootTest(properties = {
    "portico.demo=true",
    "spring.datasource.url=jdbc:h2:file:${portico.data-dir}/db/demo",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "portico.test.clean-database=false"})
@AutoConfigureMockMvc
class DemoOrganisationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    UserDetailsService users;

    @Test
    void brandsBothSites() throws Exception {
        mvc.perform(get("/s/help")).andExpect(content().string(containsString("Tallybird Help")));
        mvc.perform(get("/s/business").param("lang", "zh_CN"))
                .andExpect(content().string(containsString("Tallybird 企业门户")));
    }

    @Test
    void letsEveryDemoUserSignIn() throws Exception {
        for (String user : List.of("agent", "supervisor", "author", "manager", "admin")) {
            mvc.perform(post("/signin").with(csrf()).param("email", user + "@example.com")
                            .param("password", "portico-demo"))
                    .andExpect(redirectedUrl("/console"));
        }
        for (String user : List.of("customer", "business-admin", "business-member")) {
            mvc.perform(post("/signin").with(csrf()).param("email", user + "@example.com")
                            .param("password", "portico-demo"))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void showsTheBusinessAccountToItsAdministrator() throws Exception {
        mvc.perform(get("/s/business").with(demoUser("business-admin@example.com")))
                .andExpect(content().string(containsString("Harbor Lane Bakery")));
    }

    @Test
    void findsDemoArticlesInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/search").param("site", "business").param("q", "sales tax"))
                .andExpect(jsonPath("$.total", greaterThan(2)));
        mvc.perform(get("/api/v1/search").param("site", "help").param("q", "预算"))
                .andExpect(jsonPath("$.total", greaterThan(0)));
    }

    @Test
    void fillsTheDashboardWithTwoYearsOfCases() throws Exception {
        long cases = jdbc.sql("SELECT COUNT(*) FROM support_case").query(Long.class).single();

        assertThat(cases).isBetween(2000L, 4000L);
        mvc.perform(get("/api/v1/analytics/cases-by-topic").param("weeks", "104")
                        .with(demoUser("supervisor@example.com")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weeks.length()").value(104))
                .andExpect(jsonPath("$.open", greaterThan(0)))
                .andExpect(jsonPath("$.solved", greaterThan(1000)));
    }

    @Test
    void showsTwoYearsOfNpsAnswersOnTheScorecard() throws Exception {
        mvc.perform(get("/api/v1/analytics/nps")
                        .param("from", java.time.LocalDate.now().minusYears(2).toString())
                        .with(demoUser("supervisor@example.com")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.nps.answers", greaterThan(300)))
                .andExpect(jsonPath("$.period.nps.promoters", greaterThan(0)))
                .andExpect(jsonPath("$.period.nps.detractors", greaterThan(0)))
                .andExpect(jsonPath("$.period.nps.sent", greaterThan(750)))
                .andExpect(jsonPath("$.period.nps.responseRate").isNumber());
    }

    @Test
    void loadsTheDemoOnlyOnce() throws Exception {
        long users = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();

        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single())
                .isEqualTo(users);
        assertThat(directory.userIdByEmail("customer@example.com")).isPresent();
    }

    private RequestPostProcessor demoUser(String email) {
        return user(users.loadUserByUsername(email));
    }
}
