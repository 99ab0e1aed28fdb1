package org.portico.cases;

import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A subject carrying a right-to-left override is shown in an element of its own direction,
 * so that the override cannot turn the rest of the line around.
 */
@PorticoIntegrationTest
class BidiIsolationIntegrationTests {

    private static final String SUBJECT = "Invoice \u202Efdp.exe";

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Test
    void isolatesTheSubjectInTheCustomersListTheQueueAndTheCasePages() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser customer = people.customer("Bidi Person");
        String number = cases.open(customer, new NewCase("help", SUBJECT, "Details.", "bills"))
                .number();
        PorticoUser agent = people.staff(Role.AGENT);

        mvc.perform(get("/s/help/cases").with(as(customer)))
                .andExpect(content().string(containsString(
                        "<span dir=\"auto\" class=\"case-subject\">" + SUBJECT + "</span>")));
        mvc.perform(get("/s/help/cases/" + number).with(as(customer)))
                .andExpect(content().string(containsString("dir=\"auto\"")))
                .andExpect(content().string(containsString(">" + SUBJECT + "</h1>")));
        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(containsString(
                        "<strong dir=\"auto\" class=\"case-subject\">" + SUBJECT + "</strong>")));
        mvc.perform(get("/console/cases/" + number).with(as(agent)))
                .andExpect(content().string(containsString(
                        "<h1 dir=\"auto\" class=\"h4 case-subject\">" + SUBJECT + "</h1>")));
    }
}
