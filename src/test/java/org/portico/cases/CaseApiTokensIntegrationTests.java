package org.portico.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class CaseApiTokensIntegrationTests {

    private static final Pattern TOKEN =
            Pattern.compile("id=\"new-token\">(pt_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    CasePeople people;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
    }

    @Test
    void worksTheCaseApiWithABearerTokenUntilItIsRevoked() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        String token = createToken(ann, "/s/help/account/api-tokens");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(token)
                .query(Long.class).single()).isZero();

        String created = mvc.perform(post("/api/v1/cases").header("Authorization",
                                "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"Via token\", \"topic\": \"bills\","
                                + " \"description\": \"Sent by a script\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(created).contains("Via token");
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].subject").value("Via token"));

        long id = jdbc.sql("SELECT id FROM api_token WHERE user_id = ?").param(ann.id())
                .query(Long.class).single();
        mvc.perform(post("/s/help/account/api-tokens/" + id + "/revoke").with(as(ann))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer pt_guessed"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void makesOneCaseAndOneReplyPerIdempotencyKey() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        String body = "{\"subject\": \"Retried\", \"topic\": \"bills\", \"description\": \"x\"}";

        String first = mvc.perform(post("/api/v1/cases").with(as(ann))
                        .header("Idempotency-Key", "key-0001-abcd")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/v1/cases").with(as(ann))
                        .header("Idempotency-Key", "key-0001-abcd")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(first, "$.number");
        assertThat((String) JsonPath.read(again, "$.number"))
                .isEqualTo(number);
        assertThat(cases.visibleTo(ann, null)).hasSize(1);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/cases/" + number + "/replies").with(as(ann))
                    .header("Idempotency-Key", "reply-0001-abcd")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"More\"}"))
                    .andExpect(jsonPath("$.messages", hasSize(1)));
        }
        mvc.perform(post("/api/v1/cases").with(as(ann)).header("Idempotency-Key", "no")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['Idempotency-Key']").exists());
    }

    @Test
    void filtersAndPagesTheList() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        for (int i = 0; i < 3; i++) {
            cases.open(ann, new NewCase("help", "Bill " + i, "x", "bills"));
        }
        cases.open(ann, new NewCase("help", "Tax", "x", "taxes"));

        mvc.perform(get("/api/v1/cases").with(as(ann)).param("topic", "bills")
                        .param("size", "2").param("page", "1"))
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/cases").with(as(ann)).param("status", "SOLVED"))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/cases").with(as(ann))
                        .param("updatedSince", "2000-01-01T00:00:00Z"))
                .andExpect(header().string("X-Total-Count", "4"));
    }

    @Test
    void letsStaffKeepTokensInTheConsoleAndAdminsRevokeAny() throws Exception {
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser admin = people.staff(Role.ADMIN);
        String token = createToken(agent, "/console/api-tokens");

        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        long id = jdbc.sql("SELECT id FROM api_token WHERE user_id = ?").param(agent.id())
                .query(Long.class).single();
        mvc.perform(get("/console/api-tokens").with(as(admin)))
                .andExpect(content().string(containsString(agent.email())));
        mvc.perform(post("/console/api-tokens/" + id + "/revoke").with(as(admin)).with(csrf()));
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    private String createToken(PorticoUser user, String page) throws Exception {
        String html = mvc.perform(post(page).with(as(user)).with(csrf()).param("name", "CI"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(html);
        assertThat(token.find()).as("the new token on the page").isTrue();
        return token.group(1);
    }
}
