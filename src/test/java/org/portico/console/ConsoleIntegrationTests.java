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

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class ConsoleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    CasePeople people;
    PorticoUser agent;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
        agent = people.staff(Role.AGENT);
    }

    @Test
    void showsTheNewCaseInTheQueueWithTheCustomerAtAGlance() throws Exception {
        long account = people.businessAccount("Corner Shop Ltd");
        PorticoUser lee = people.user("Lee Owner", Role.BUSINESS_ADMIN, account);
        cases.open(lee, new NewCase("business", "Rates wrong", "Old rate", "sales-tax"));
        cases.open(lee, new NewCase("business", "Return late", "Deadline", "sales-tax"));
        cases.open(lee, new NewCase("business", "Seat", "Add one", "payroll"));
        String number = cases.open(lee, new NewCase("business", "Exempt customer",
                "How to mark exempt", "sales-tax")).number();

        mvc.perform(get("/console").with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Exempt customer")));
        mvc.perform(get("/console").param("status", "SOLVED").with(as(agent)))
                .andExpect(content().string(not(containsString("Exempt customer"))));
        mvc.perform(get("/console/cases/" + number).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lee Owner")))
                .andExpect(content().string(containsString("Corner Shop Ltd")))
                .andExpect(content().string(containsString("2019-06-01")))
                .andExpect(content().string(containsString("3 cases, 2 about Sales tax")));
    }

    @Test
    void countsTenureInYearsOrMonths() throws Exception {
        PorticoUser newcomer = people.customer("Nia New", LocalDate.now().minusMonths(2)
                .minusDays(3));
        String number = cases.open(newcomer, new NewCase("help", "First", "Hi", "budgets"))
                .number();

        mvc.perform(get("/console/cases/" + number).with(as(agent)))
                .andExpect(content().string(containsString("for 2 months")))
                .andExpect(content().string(containsString("No earlier cases.")));
    }

    @Test
    void agentRepliesAndSolvesAndTheCustomerSeesIt() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        String number = cases.open(ann, new NewCase("help", "Home office", "Can I deduct?",
                "deductions")).number();

        mvc.perform(post("/console/cases/" + number + "/replies").with(as(agent)).with(csrf())
                        .param("body", "Yes, if the room is used only for work.")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/cases/" + number + "/replies").with(as(agent)).with(csrf())
                        .param("body", "Asked twice last year").param("visibility", "INTERNAL"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/cases/" + number + "/solve").with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(desk.read(number).supportCase().firstResponseAt()).isNotNull();
        mvc.perform(get("/console/cases/" + number).with(as(agent)))
                .andExpect(content().string(containsString("Asked twice last year")));
        mvc.perform(get("/s/help/cases/" + number).with(as(ann)))
                .andExpect(content().string(containsString("only for work")))
                .andExpect(content().string(containsString("Solved")))
                .andExpect(content().string(not(containsString("Asked twice last year"))));
    }

    @Test
    void refusesConsoleFormsWithoutCsrfAndToNonAgents() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        String number = cases.open(ann, new NewCase("help", "Bills", "Late", "bills")).number();

        mvc.perform(post("/console/cases/" + number + "/solve").with(as(agent)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/cases/" + number).with(as(people.staff(Role.AUTHOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/cases/" + number).with(as(ann)))
                .andExpect(status().isForbidden());
    }

    @Test
    void hidesSolvedCasesFromTheDefaultQueue() throws Exception {
        PorticoUser kim = people.customer("Kim Park");
        String number = cases.open(kim, new NewCase("help", "Budget reset question", "Hi",
                "budgets")).number();
        desk.solve(agent, number);

        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(not(containsString("Budget reset question"))));
        mvc.perform(get("/console").param("status", "SOLVED").with(as(agent)))
                .andExpect(content().string(containsString("Budget reset question")));
        mvc.perform(get("/console").param("status", "ALL").with(as(agent)))
                .andExpect(content().string(containsString("option value=\"ALL\" selected")));
    }

    @Test
    void givesAuthorsAndSiteManagersTheirWorkspaceAndCustomersAClearRefusal() throws Exception {
        mvc.perform(get("/console").with(as(people.staff(Role.AUTHOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"workspace-knowledge\"")));
        mvc.perform(get("/console").with(as(people.staff(Role.SITE_MANAGER))))
                .andExpect(status().isOk());
        mvc.perform(get("/console").with(as(people.customer("Sol Rivera"))))
                .andExpect(status().isForbidden());
    }
}
