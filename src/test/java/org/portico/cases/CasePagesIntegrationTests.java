package org.portico.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class CasePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    CasePeople people;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
    }

    @Test
    void customerOpensCaseAndFindsItInMyCases() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");

        String location = mvc.perform(post("/s/help/cases").with(as(ann)).with(csrf())
                        .param("subject", "Budget does not roll over")
                        .param("topic", "budgets")
                        .param("description", "Unspent money vanished in March."))
                .andExpect(redirectedUrlPattern("/s/help/cases/*?opened"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get("/s/help/cases").with(as(ann)))
                .andExpect(content().string(containsString("Budget does not roll over")));
        mvc.perform(get(location).with(as(ann)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unspent money vanished in March.")))
                .andExpect(content().string(containsString("New")));
        mvc.perform(get("/s/help").with(as(ann)))
                .andExpect(content().string(containsString("My open cases")))
                .andExpect(content().string(containsString("Budget does not roll over")));
    }

    @Test
    void showsErrorsBesideTheFieldsAndKeepsWhatWasTyped() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");

        mvc.perform(post("/s/help/cases").with(as(ann)).with(csrf())
                        .param("subject", "Half-written subject").param("topic", "")
                        .param("description", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Half-written subject\"")))
                .andExpect(content().string(containsString("id=\"description-error\"")))
                .andExpect(content().string(containsString("Please fill in this field.")));
        mvc.perform(post("/s/help/cases").with(as(ann)).with(csrf()).param("lang", "zh_CN")
                        .param("subject", "").param("topic", "payroll-ish")
                        .param("description", "我的工资单有问题"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我的工资单有问题")))
                .andExpect(content().string(containsString("请填写此项。")))
                .andExpect(content().string(containsString("请从列表中选择一个主题。")));
    }

    @Test
    void refusesFormsWithoutCsrfToken() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");

        mvc.perform(post("/s/help/cases").with(as(ann)).param("subject", "x")
                        .param("topic", "bills").param("description", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void answersNotFoundForSomeoneElsesCaseAndForUnknownNumbers() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser bob = people.customer("Bob Ray");
        String number = cases.open(ann, new NewCase("help", "Late bill", "It is late", "bills"))
                .number();

        for (String path : new String[] {"/s/help/cases/" + number, "/s/help/cases/99999999",
                "/s/help/cases/x'or1=1", "/s/help/cases/123456789012",
                "/api/v1/cases/" + number, "/api/v1/cases/00000000"}) {
            mvc.perform(get(path).with(as(bob))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/s/help/cases/" + number + "/replies").with(as(bob)).with(csrf())
                .param("body", "mine now")).andExpect(status().isNotFound());
        mvc.perform(get("/s/help/cases").with(as(bob)))
                .andExpect(content().string(not(containsString("Late bill"))));
    }

    @Test
    void businessAdminSeesTheAccountsCasesAndMembersOnlyTheirOwn() throws Exception {
        long account = people.businessAccount("Harbour Bakery Ltd");
        PorticoUser admin = people.user("Ada Admin", Role.BUSINESS_ADMIN, account);
        PorticoUser mia = people.user("Mia Member", Role.BUSINESS_MEMBER, account);
        PorticoUser max = people.user("Max Member", Role.BUSINESS_MEMBER, account);
        String number = cases.open(mia, new NewCase("business", "Sales tax return rejected",
                "The wizard stopped.", "sales-tax")).number();

        mvc.perform(get("/s/business/cases").with(as(admin)))
                .andExpect(content().string(containsString("Sales tax return rejected")));
        mvc.perform(get("/s/business/cases/" + number).with(as(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/s/business/cases/" + number).with(as(mia)))
                .andExpect(status().isOk());
        mvc.perform(get("/s/business/cases").with(as(max)))
                .andExpect(content().string(not(containsString("Sales tax return rejected"))));
        mvc.perform(get("/s/business/cases/" + number).with(as(max)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/s/help/cases/" + number).with(as(mia)))
                .andExpect(status().isNotFound());
    }

    @Test
    void answersSubjectSuggestionsWithAFragment() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");

        mvc.perform(get("/s/help/cases/suggestions").param("subject", "qzxv wmpk")
                        .with(as(ann)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("No article matches")));
        mvc.perform(get("/s/help/cases/new").with(as(ann)))
                .andExpect(content().string(containsString("keyup changed delay:300ms")))
                .andExpect(content().string(containsString("/s/help/deflection/case")));
    }

    @Test
    void reopensASolvedCaseWhenTheCustomerReplies() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser agent = people.staff(Role.AGENT);
        String number = cases.open(ann, new NewCase("help", "Deduction missing", "Gone",
                "deductions")).number();
        desk.solve(agent, number);

        mvc.perform(post("/s/help/cases/" + number + "/replies").with(as(ann)).with(csrf())
                .param("body", "Still missing")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/s/help/cases/" + number).with(as(ann)))
                .andExpect(content().string(containsString("Still missing")))
                .andExpect(content().string(containsString(">Open<")));
    }
}
