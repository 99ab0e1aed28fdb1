package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseAssigned;
import org.portico.cases.CaseDesk;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
@RecordApplicationEvents
class CaseAssignmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    ApplicationEvents events;

    CasePeople people;
    PorticoUser agent;
    PorticoUser customer;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
        agent = people.staff(Role.AGENT);
        customer = people.customer("Rosa Diaz");
    }

    @Test
    void agentAssignsACaseToThemselvesAnotherAgentAndNobody() throws Exception {
        String number = open("Quarterly estimate");
        PorticoUser colleague = people.user("Cleo Colleague", Role.AGENT, null);

        mvc.perform(post("/console/cases/" + number + "/assign").with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.ownerOf(number)).contains(agent.id());

        mvc.perform(post("/console/cases/" + number + "/assign").param("owner",
                        String.valueOf(colleague.id())).with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.ownerOf(number)).contains(colleague.id());
        mvc.perform(get("/console/cases/" + number).with(as(agent)))
                .andExpect(content().string(containsString("Owner: Cleo Colleague")))
                .andExpect(content().string(containsString("id=\"assign-me\"")));

        mvc.perform(post("/console/cases/" + number + "/unassign").with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.ownerOf(number)).isEmpty();
        assertThat(events.stream(CaseAssigned.class).filter(e -> e.number().equals(number)))
                .extracting(CaseAssigned::ownerUserId).containsExactly(agent.id(), colleague.id(), null);
    }

    @Test
    void refusesToAssignACaseToACustomer() throws Exception {
        String number = open("Refund status");

        mvc.perform(post("/console/cases/" + number + "/assign").param("owner",
                        String.valueOf(customer.id())).with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(desk.ownerOf(number)).isEmpty();
    }

    @Test
    void filtersTheQueueByMineAndUnassigned() throws Exception {
        String mine = open("Mileage log mine");
        String free = open("Mileage log unassigned");
        String theirs = open("Mileage log theirs");
        desk.assignToMe(agent, mine);
        desk.assign(agent, theirs, people.staff(Role.SUPERVISOR).id());

        mvc.perform(get("/console").param("owner", "mine").with(as(agent)))
                .andExpect(content().string(containsString("Mileage log mine")))
                .andExpect(content().string(not(containsString("Mileage log unassigned"))))
                .andExpect(content().string(not(containsString("Mileage log theirs"))));
        mvc.perform(get("/console").param("owner", "unassigned").with(as(agent)))
                .andExpect(content().string(containsString("Mileage log unassigned")))
                .andExpect(content().string(not(containsString("Mileage log mine"))));
        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(containsString("Mileage log theirs")))
                .andExpect(content().string(containsString("hx-trigger=\"every 15s")));
        assertThat(free).isNotBlank();
    }

    @Test
    void refreshesTheQueueListAsAFragmentThatKeepsTheFilters() throws Exception {
        open("Fragment refresh case");

        mvc.perform(get("/console").param("owner", "unassigned").param("status", "NEW")
                        .header("HX-Request", "true").with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fragment refresh case")))
                .andExpect(content().string(containsString("status=NEW&amp;owner=unassigned")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    private String open(String subject) {
        return cases.open(customer, new NewCase("help", subject, "Details", "taxes")).number();
    }
}
