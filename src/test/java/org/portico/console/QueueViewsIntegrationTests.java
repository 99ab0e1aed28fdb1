package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseDesk;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class QueueViewsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    JdbcClient jdbc;

    PorticoUser agent;
    PorticoUser otherAgent;
    PorticoUser customer;

    @BeforeEach
    void setUp() {
        CasePeople people = new CasePeople(directory);
        agent = people.user("Vera Views", Role.AGENT, null);
        otherAgent = people.user("Otto Other", Role.AGENT, null);
        customer = people.customer("Sam Sorter");
    }

    @Test
    void agentSavesListsAndDeletesAView() throws Exception {
        mvc.perform(post("/console/views").param("name", "My oldest")
                        .param("status", "ALL").param("owner", "mine").param("sort", "oldest")
                        .with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console?status=ALL&owner=mine&sort=oldest"));
        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(containsString("My oldest")))
                .andExpect(content().string(
                        containsString("/console?status=ALL&amp;owner=mine&amp;sort=oldest")));
        mvc.perform(get("/console").with(as(otherAgent)))
                .andExpect(content().string(not(containsString("My oldest"))));

        long id = viewId(agent, "My oldest");
        mvc.perform(post("/console/views/" + id + "/delete").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console"));
        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(not(containsString("My oldest"))));
    }

    @Test
    void keepsOnlyAllowListedFiltersInAView() throws Exception {
        mvc.perform(post("/console/views").param("name", "Odd")
                        .param("status", "x' OR 1=1").param("owner", "someone")
                        .param("sort", "id; DROP TABLE queue_view")
                        .with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console"));
        assertThat(jdbc.sql("SELECT query_string FROM queue_view WHERE id = ?")
                .param(viewId(agent, "Odd")).query(String.class).single()).isEmpty();
    }

    @Test
    void refusesAnotherAgentsViewAndAMissingOne() throws Exception {
        mvc.perform(post("/console/views").param("name", "Private")
                .param("owner", "unassigned").with(as(agent)).with(csrf()));
        long id = viewId(agent, "Private");
        mvc.perform(post("/console/views/" + id + "/delete").with(as(otherAgent)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/views/999999/delete").with(as(agent)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(viewId(agent, "Private")).isEqualTo(id);
    }

    @Test
    void refusesSavingWithoutCsrfToken() throws Exception {
        mvc.perform(post("/console/views").param("name", "No token").with(as(agent)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM queue_view WHERE name = 'No token'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void sortsTheQueueNewestOrOldestFirst() throws Exception {
        String first = open("Sorting first case");
        String second = open("Sorting second case");
        desk.assign(agent, first, agent.id());
        desk.assign(agent, second, agent.id());

        String newest = page("/console?owner=mine");
        assertThat(newest.indexOf("Sorting second case"))
                .isLessThan(newest.indexOf("Sorting first case"));
        String oldest = page("/console?owner=mine&sort=oldest");
        assertThat(oldest.indexOf("Sorting first case"))
                .isLessThan(oldest.indexOf("Sorting second case"));
        assertThat(page("/console?owner=mine&sort=priority")).contains("Sorting first case");
        assertThat(page("/console?owner=mine&sort=nonsense")).contains("Sorting first case");
    }

    private String open(String subject) {
        return cases.open(customer, new NewCase("help", subject, "Details", "billing")).number();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(as(agent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long viewId(PorticoUser owner, String name) {
        return jdbc.sql("SELECT id FROM queue_view WHERE owner_user_id = ? AND name = ?")
                .params(owner.id(), name).query(Long.class).single();
    }
}
