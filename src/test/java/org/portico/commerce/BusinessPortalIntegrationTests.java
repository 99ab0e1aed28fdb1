package org.portico.commerce;

import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
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
class BusinessPortalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Test
    void showsTheAccountCardToABusinessContact() throws Exception {
        CasePeople people = new CasePeople(directory);
        long account = people.businessAccount("Blue Door Studio");
        PorticoUser admin = people.user("Bea Admin", Role.BUSINESS_ADMIN, account);
        cases.open(admin, new NewCase("business", "Payroll tax form", "Which form?", "payroll"));

        mvc.perform(get("/s/business").with(as(admin)))
                .andExpect(content().string(containsString("Blue Door Studio")))
                .andExpect(content().string(containsString("Payroll tax form")))
                .andExpect(content().string(containsString("id=\"menu-orders\"")))
                .andExpect(content().string(containsString("id=\"menu-statements\"")));
        mvc.perform(get("/s/business/orders").with(as(admin)))
                .andExpect(content().string(containsString("No orders yet.")));
        mvc.perform(get("/s/business/statements").with(as(admin)).param("lang", "zh_CN"))
                .andExpect(content().string(containsString("每月月底")));
    }

    @Test
    void invitesAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/s/business"))
                .andExpect(content().string(containsString("id=\"business-signin\"")));
        mvc.perform(get("/s/business/orders")).andExpect(redirectedUrl("/s/business/signin"));
    }

    @Test
    void hidesOrdersOutsideTheBusinessPortal() throws Exception {
        PorticoUser ann = new CasePeople(directory).customer("Ann Lee");

        mvc.perform(get("/s/help/orders").with(as(ann))).andExpect(status().isNotFound());
        mvc.perform(get("/s/business/statements").with(as(ann)))
                .andExpect(status().isNotFound());
    }
}
