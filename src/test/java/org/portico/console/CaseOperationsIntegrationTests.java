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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseDesk;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseQueues;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.cases.ServiceLevels;
import org.portico.cases.SlaState;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class CaseOperationsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    CaseQueues queues;

    @Autowired
    ServiceLevels levels;

    @Autowired
    JdbcClient jdbc;

    CasePeople people;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
    }

    @Test
    void keepsAgentsInsideTheirSitesWithNotFoundOutside() throws Exception {
        PorticoUser helpAgent = people.staff(Role.AGENT);
        queues.setSites(helpAgent.id(), List.of("help"));
        PorticoUser ann = people.customer("Ann Lee");
        long account = people.businessAccount("Harbour Bakery Ltd");
        PorticoUser mia = people.user("Mia Member", Role.BUSINESS_MEMBER, account);
        String helpCase = open(ann, "help", "Budget question");
        String businessCase = open(mia, "business", "Payroll secret");

        mvc.perform(get("/console/cases/" + helpCase).with(as(helpAgent)))
                .andExpect(status().isOk());
        for (String path : new String[] {"/console/cases/" + businessCase,
                "/api/v1/cases/" + businessCase, "/console/cases/" + businessCase + "/lifecycle",
                "/console/cases/" + businessCase + "/follow-ups/new",
                "/console/accounts/" + account, "/console/statements/" + account}) {
            mvc.perform(get(path).with(as(helpAgent))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/console/cases/" + businessCase + "/follow-ups").with(as(helpAgent))
                        .with(csrf()).param("productCode", "X").param("interest", "wants it"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/accounts/" + account + "/follow-ups").with(as(helpAgent))
                        .with(csrf()).param("productCode", "X").param("interest", "wants it"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/statements/" + account + "/payments").with(as(helpAgent))
                        .with(csrf()).param("amount", "10.00").param("reference", "R-1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console").param("status", "ALL").with(as(helpAgent)))
                .andExpect(content().string(not(containsString("Payroll secret"))));
        mvc.perform(get("/api/v1/cases").with(as(helpAgent)))
                .andExpect(content().string(not(containsString("Payroll secret"))));
        mvc.perform(get("/console/cases/" + businessCase).with(as(people.staff(Role.SUPERVISOR))))
                .andExpect(status().isOk());
    }

    @Test
    void keepsBulkChangesAndMergeTargetsInsideTheAgentsSites() throws Exception {
        PorticoUser helpAgent = people.staff(Role.AGENT);
        queues.setSites(helpAgent.id(), List.of("help"));
        PorticoUser mia = people.user("Mia Member", Role.BUSINESS_MEMBER,
                people.businessAccount("Scoped Bakery Ltd"));
        String helpCase = open(mia, "help", "Budget question");
        String businessCase = open(mia, "business", "Payroll secret");

        for (String action : new String[] {"solve", "waiting", "assign-me"}) {
            mvc.perform(post("/console/bulk").with(as(helpAgent)).with(csrf())
                            .param("action", action).param("numbers", helpCase, businessCase))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/console/bulk").with(as(helpAgent)).with(csrf())
                        .param("action", "topic").param("topic", "bills")
                        .param("numbers", businessCase))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/cases/" + helpCase + "/merge").with(as(helpAgent))
                        .with(csrf()).param("into", businessCase))
                .andExpect(status().isNotFound());

        assertThat(desk.read(businessCase).supportCase().status().isOpen()).isTrue();
        assertThat(desk.read(businessCase).supportCase().topic()).isEqualTo("payroll");
        assertThat(desk.ownerOf(businessCase)).isNotEqualTo(Optional.of(helpAgent.id()));
        assertThat(desk.read(helpCase).supportCase().status().isOpen()).isTrue();
        mvc.perform(post("/console/bulk").with(as(helpAgent)).with(csrf())
                        .param("action", "assign-me").param("numbers", helpCase))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.ownerOf(helpCase)).contains(helpAgent.id());
    }

    @Test
    void routesNewCasesToTheirQueueRoundRobin() {
        PorticoUser first = people.staff(Role.AGENT);
        PorticoUser second = people.staff(Role.AGENT);
        String site = "q" + UUID.randomUUID().toString().substring(0, 6);
        long queue = queues.create(new CaseQueues.Queue(null, "Payroll " + site, "business",
                "payroll", null, "ROUND_ROBIN", -1));
        queues.setMembers(queue, List.of(first.id(), second.id()));
        PorticoUser mia = people.user("Mia Member", Role.BUSINESS_MEMBER,
                people.businessAccount("Queue Co " + site));

        List<Long> owners = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> desk.ownerOf(open(mia, "business", "Run " + i)).orElseThrow())
                .toList();

        assertThat(owners).containsExactly(first.id(), second.id(), first.id(), second.id());
        jdbc.sql("DELETE FROM case_queue_member WHERE queue_id = ?").param(queue).update();
        jdbc.sql("UPDATE case_queue SET position = 1000, topic = 'none' WHERE id = ?")
                .param(queue).update();
    }

    @Test
    void answersNotFoundForMembersOfAMissingQueueAndTheScopeOfSomeoneNotAnAgent()
            throws Exception {
        PorticoUser lead = people.staff(Role.SUPERVISOR);
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser ann = people.customer("Ann Lee");

        mvc.perform(post("/console/queues/" + Long.MAX_VALUE + "/members").with(as(lead))
                        .with(csrf()).param("member", String.valueOf(agent.id())))
                .andExpect(status().isNotFound());
        for (long id : new long[] {Long.MAX_VALUE, ann.id()}) {
            mvc.perform(post("/console/agents/" + id + "/scope").with(as(lead)).with(csrf())
                            .param("sites", "help").param("skills", "payroll"))
                    .andExpect(status().isNotFound());
        }
        assertThat(queues.sitesOf(ann.id())).isEmpty();
        mvc.perform(post("/console/agents/" + agent.id() + "/scope").with(as(lead))
                        .with(csrf()).param("sites", "help"))
                .andExpect(status().is3xxRedirection());
        assertThat(queues.sitesOf(agent.id())).containsExactly("help");
    }

    @Test
    void warnsAboutServiceLevelsInTheQueueTheCaseAndTheSupervisorPage() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        String number = open(ann, "help", "Urgent thing");
        jdbc.sql("UPDATE support_case SET priority = 'URGENT' WHERE number = ?").param(number)
                .update();
        jdbc.sql("UPDATE case_event SET happened_at = ? WHERE case_id = (SELECT id FROM"
                        + " support_case WHERE number = ?)")
                .params(Instant.now().minus(3, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC),
                        number).update();

        assertThat(levels.of(number).get(0).level()).isEqualTo(SlaState.Level.BREACHED);
        mvc.perform(get("/console/cases/" + number + "/lifecycle").with(as(supervisor)))
                .andExpect(content().string(containsString("first response: broken")));
        // The page shows the worst few of every test's cases; the list behind it has them all.
        assertThat(levels.atRisk(100_000)).anySatisfy(risk ->
                assertThat(risk.supportCase().number()).isEqualTo(number));
        mvc.perform(get("/console/sla-at-risk").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/cases/")));
        mvc.perform(get("/console").param("sort", "oldest").with(as(supervisor)))
                .andExpect(status().isOk());
    }

    @Test
    void exportsTheQueueAsCsv() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser agent = people.staff(Role.AGENT);
        open(ann, "help", "@cmd|' /C calc'!A0");

        byte[] csv = mvc.perform(get("/console/cases.csv").param("status", "NEW")
                        .with(as(agent)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFNumber,Subject").contains("'@cmd|' /C calc'!A0");
    }

    @Test
    void logsAPhoneCaseWithMessagesBesideTheFields() throws Exception {
        PorticoUser agent = people.staff(Role.AGENT);

        mvc.perform(post("/console/phone-case").with(as(agent)).with(csrf())
                        .param("callerEmail", "not-an-address").param("subject", "Kept")
                        .param("site", "help").param("topic", "").param("priority", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please enter a valid email")))
                .andExpect(content().string(containsString("value=\"Kept\"")))
                .andExpect(content().string(containsString("Please fill in this field.")));
        mvc.perform(post("/console/phone-case").with(as(agent)).with(csrf())
                        .param("callerEmail", UUID.randomUUID() + "@example.com")
                        .param("callerName", "Phone Person").param("subject", "Called")
                        .param("description", "On the phone").param("site", "help")
                        .param("topic", "bills").param("priority", "HIGH"))
                .andExpect(status().is3xxRedirection());
    }

    private String open(PorticoUser who, String site, String subject) {
        return cases.open(who, new NewCase(site, subject, "Details", who.role()
                .isBusinessContact() ? "payroll" : "budgets")).number();
    }
}
