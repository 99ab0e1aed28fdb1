package org.portico.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class CaseApiIntegrationTests {

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
    void opensACaseOverBasicAuthAndListsIt() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");

        String number = JsonPath.read(
                mvc.perform(post("/api/v1/cases").with(httpBasic(ann.email(), CasePeople.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"subject": "Refund status", "topic": "taxes",
                                         "description": "Where is my refund?"}"""))
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Location", containsString("/api/v1/cases/")))
                        .andExpect(jsonPath("$.site").value("help"))
                        .andExpect(jsonPath("$.status").value("NEW"))
                        .andReturn().getResponse().getContentAsString(), "$.number");

        mvc.perform(get("/api/v1/cases").with(httpBasic(ann.email(), CasePeople.PASSWORD)))
                .andExpect(jsonPath("$[*].number", hasItem(number)));
        mvc.perform(get("/api/v1/cases/" + number).with(as(ann)))
                .andExpect(jsonPath("$.supportCase.subject").value("Refund status"));
    }

    @Test
    void answersBadInputWithFieldErrors() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");

        mvc.perform(post("/api/v1/cases").with(as(ann)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"\", \"topic\": \"weather\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.subject").value("Please fill in this field."))
                .andExpect(jsonPath("$.errors.topic").exists())
                .andExpect(jsonPath("$.errors.description").exists());
    }

    @Test
    void neverShowsInternalNotesToTheCustomer() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser agent = people.staff(Role.AGENT);
        String number = cases.open(ann, new NewCase("help", "Bill paid twice", "Twice!", "bills"))
                .number();
        desk.reply(agent, number, "Customer seems upset, check the bank feed", Visibility.INTERNAL);
        desk.reply(agent, number, "We refunded the second payment.", Visibility.PUBLIC);

        mvc.perform(get("/api/v1/cases/" + number).with(as(ann)))
                .andExpect(content().string(containsString("We refunded the second payment.")))
                .andExpect(content().string(not(containsString("bank feed"))));
        mvc.perform(get("/s/help/cases/" + number).with(as(ann)))
                .andExpect(content().string(containsString("We refunded the second payment.")))
                .andExpect(content().string(not(containsString("bank feed"))));
        mvc.perform(get("/api/v1/cases/" + number).with(as(agent)))
                .andExpect(content().string(containsString("bank feed")));
    }

    @Test
    void givesAgentsTheQueue() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        String number = cases.open(ann, new NewCase("help", "Payroll seat", "Add one", "payroll"))
                .number();

        mvc.perform(get("/api/v1/cases").with(as(people.staff(Role.AGENT))))
                .andExpect(jsonPath("$[*].number", hasItem(number)));
    }
}
