package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import org.portico.cases.CaseMarkedWaiting;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseTopicChanged;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
@RecordApplicationEvents
class ComposerAndBulkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    ReplyMacros macros;

    @Autowired
    KnowledgeAuthoring authoring;

    @Autowired
    ApplicationEvents events;

    CasePeople people;
    PorticoUser agent;
    PorticoUser supervisor;
    PorticoUser customer;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
        agent = people.user("Ada Agent", Role.AGENT, null);
        supervisor = people.staff(Role.SUPERVISOR);
        customer = people.customer("Rosa Diaz");
    }

    @Test
    void supervisorAddsEditsAndDeletesAMacro() throws Exception {
        mvc.perform(post("/console/macros").param("name", "Greeting macro")
                        .param("body", "Hello {first_name}").param("language", "en")
                        .with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/console/macros"));
        ReplyMacro added = byName("Greeting macro");

        mvc.perform(get("/console/macros/" + added.id() + "/edit").with(as(supervisor)))
                .andExpect(content().string(containsString("Hello {first_name}")));
        mvc.perform(post("/console/macros/" + added.id()).param("name", "Greeting macro")
                        .param("body", "你好 {first_name}").param("language", "zh-CN")
                        .with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/console/macros"));
        assertThat(macros.find(added.id()).orElseThrow().language()).isEqualTo("zh-CN");

        mvc.perform(post("/console/macros/" + added.id() + "/delete")
                        .with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/console/macros"));
        assertThat(macros.find(added.id())).isEmpty();
    }

    @Test
    void showsMacroMistakesBesideTheFields() throws Exception {
        mvc.perform(post("/console/macros").param("name", " ").param("body", "Text")
                        .param("language", "fr").with(as(supervisor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"name-error\""),
                        containsString("Choose English or Chinese."))));
        assertThat(macros.all()).noneMatch(m -> m.body().equals("Text"));
    }

    @Test
    void agentsUseMacrosButDoNotManageThem() throws Exception {
        ReplyMacro macro = macros.add(supervisor, "Kept macro", "Body", "en");

        mvc.perform(get("/console/macros").with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(post("/console/macros/" + macro.id() + "/delete").with(as(agent))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/macros").param("name", "Sneaky").param("body", "x")
                        .param("language", "en").with(as(customer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(macros.find(macro.id())).isPresent();
    }

    @Test
    void offersMacrosFilledInForTheCase() throws Exception {
        macros.add(supervisor, "Filled macro",
                "Hi {first_name} ({customer_name}), about {case_number}. {agent_name}", "en");
        String number = open("Macro placeholder case", "taxes");

        mvc.perform(get("/console/cases/" + number + "/composer").with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Hi Rosa (Rosa Diaz), about " + number + ". Ada Agent")));
        mvc.perform(get("/console/cases/" + number).with(as(agent)))
                .andExpect(content().string(containsString("/composer")));
    }

    @Test
    void findsArticlesToInsertWithAbsoluteLinks() throws Exception {
        authoring.publish(new NewArticle("help", "kb-wombat-receipts", "en",
                "Wombat receipts", "bills", "Scan wombat receipts with the phone app.",
                "individual"));
        String number = open("Receipt question", "bills");

        mvc.perform(get("/console/cases/" + number + "/articles").param("q", "wombat")
                        .with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Insert link"),
                        containsString("data-insert=\"Wombat receipts http://localhost"
                                + "/s/help/articles/kb-wombat-receipts\""))));
        mvc.perform(get("/console/cases/" + number + "/articles").param("q", "wombat")
                        .with(as(customer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void bulkAssignsSetsWaitingAndFilesUnderATopic() throws Exception {
        String first = open("Bulk first", "taxes");
        String second = open("Bulk second", "taxes");

        mvc.perform(post("/console/bulk").param("numbers", first, second)
                        .param("action", "assign-me").param("owner", "unassigned")
                        .with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console?owner=unassigned"));
        assertThat(desk.ownerOf(first)).contains(agent.id());
        assertThat(desk.ownerOf(second)).contains(agent.id());

        bulk("waiting", first, second);
        assertThat(caseStatus(first)).isEqualTo(CaseStatus.WAITING);
        assertThat(events.stream(CaseMarkedWaiting.class)
                .filter(e -> e.number().equals(first))).hasSize(1);

        mvc.perform(post("/console/bulk").param("numbers", first, second)
                        .param("action", "topic").param("topic", "payroll")
                        .with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.read(second).supportCase().topic()).isEqualTo("payroll");
        assertThat(events.stream(CaseTopicChanged.class)
                .filter(e -> e.number().equals(second))).hasSize(1);

        bulk("solve", first);
        assertThat(caseStatus(first)).isEqualTo(CaseStatus.SOLVED);
        assertThat(caseStatus(second)).isEqualTo(CaseStatus.WAITING);
    }

    @Test
    void bulkAssignsToAnotherAgent() throws Exception {
        String number = open("Bulk for colleague", "bills");
        PorticoUser colleague = people.user("Cleo Colleague", Role.AGENT, null);

        mvc.perform(post("/console/bulk").param("numbers", number).param("action", "assign")
                        .param("assignee", String.valueOf(colleague.id()))
                        .with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.ownerOf(number)).contains(colleague.id());
        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(containsString("value=\"" + number + "\"")));
    }

    @Test
    void bulkRefusesUnknownTopicsNonAgentsAndMissingCsrf() throws Exception {
        String number = open("Bulk refused", "taxes");

        mvc.perform(post("/console/bulk").param("numbers", number).param("action", "topic")
                        .param("topic", "gardening").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/console/bulk").param("numbers", number).param("action", "solve")
                        .with(as(customer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/bulk").param("numbers", number).param("action", "solve")
                        .with(as(people.staff(Role.AUTHOR))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/bulk").param("numbers", number).param("action", "solve")
                        .with(as(agent)))
                .andExpect(status().isForbidden());
        assertThat(caseStatus(number)).isEqualTo(CaseStatus.NEW);
        assertThat(desk.read(number).supportCase().topic()).isEqualTo("taxes");
        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(not(containsString("bulk-done"))));
    }

    private void bulk(String action, String... numbers) throws Exception {
        mvc.perform(post("/console/bulk").param("numbers", numbers).param("action", action)
                        .with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private CaseStatus caseStatus(String number) {
        return desk.read(number).supportCase().status();
    }

    private ReplyMacro byName(String name) {
        return macros.all().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private String open(String subject, String topic) {
        return cases.open(customer, new NewCase("help", subject, "Details", topic)).number();
    }
}
