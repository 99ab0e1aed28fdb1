package org.portico.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseQueues;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.commerce.OrderItem;
import org.portico.commerce.Orders;
import org.portico.commerce.PlaceOrder;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An agent limited to some sites or queues sees the orders and statements of the accounts
 * those reach, and nothing of the others, in the console and the API.
 */
@PorticoIntegrationTest
class RestrictedAgentCommerceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseQueues queues;

    @Autowired
    Orders orders;

    String accountName;
    long account;
    String order;
    String caseNumber;

    @BeforeEach
    void aBusinessAccountWithACaseAndAnOrder() {
        CasePeople people = new CasePeople(directory);
        accountName = "Scoped Works " + UUID.randomUUID().toString().substring(0, 8);
        account = people.businessAccount(accountName);
        directory.setAccountMoney(account, "USD", "US");
        PorticoUser admin = people.user("Ada Scoped", Role.BUSINESS_ADMIN, account);
        caseNumber = cases.open(admin,
                new NewCase("business", "Invoice question", "Details", "payroll")).number();
        order = orders.place(admin, new PlaceOrder(List.of(new OrderItem("payroll-seat", 1)),
                null, UUID.randomUUID().toString())).order().number();
    }

    @Test
    void hidesOrdersAndStatementsOfAccountsOutsideTheAgentsSites() throws Exception {
        PorticoUser helpAgent = agentOf("help");

        mvc.perform(get("/console/orders").param("account", accountName).with(as(helpAgent)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(order))));
        mvc.perform(get("/console/orders/" + order).with(as(helpAgent)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/orders/" + order + "/confirm").with(as(helpAgent))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/statements").param("q", accountName).with(as(helpAgent)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(
                        "/console/statements/" + account + "\""))));
        mvc.perform(get("/console/statements/" + account).with(as(helpAgent)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders").param("q", order).with(as(helpAgent)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/orders/" + order).with(as(helpAgent)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/orders/" + order + "/cancel").with(as(helpAgent)))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsOrdersAndStatementsOfAccountsTheAgentsSitesReach() throws Exception {
        PorticoUser businessAgent = agentOf("business");

        mvc.perform(get("/console/orders").param("account", accountName)
                        .with(as(businessAgent)))
                .andExpect(content().string(containsString(order)));
        mvc.perform(get("/console/orders/" + order).with(as(businessAgent)))
                .andExpect(status().isOk());
        mvc.perform(get("/console/statements").param("q", accountName)
                        .with(as(businessAgent)))
                .andExpect(content().string(containsString(
                        "/console/statements/" + account + "\"")));
        mvc.perform(get("/api/v1/orders").param("q", order).with(as(businessAgent)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/orders/" + order).with(as(businessAgent)))
                .andExpect(status().isOk());
    }

    @Test
    void hidesAccountsAndCasesOutsideTheAgentsSitesHoweverTheirNumbersAreSpelled()
            throws Exception {
        PorticoUser helpAgent = agentOf("help");

        for (String id : List.of(percentEncoded(Long.toString(account)),
                fullWidth(Long.toString(account)))) {
            mvc.perform(get(URI.create("/console/statements/" + id)).with(as(helpAgent)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(URI.create("/console/accounts/" + id)).with(as(helpAgent)))
                    .andExpect(status().isNotFound());
        }
        for (String number : List.of(percentEncoded(caseNumber), fullWidth(caseNumber))) {
            mvc.perform(get(URI.create("/console/cases/" + number)).with(as(helpAgent)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(URI.create("/api/v1/cases/" + number)).with(as(helpAgent)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(URI.create("/console/statements/" + fullWidth(Long.toString(account))))
                        .with(as(agentOf("business"))))
                .andExpect(status().isOk());
    }

    /** Every digit as {@code %3N}, which the server decodes back to the digit. */
    private static String percentEncoded(String digits) {
        StringBuilder encoded = new StringBuilder();
        digits.chars().forEach(digit -> encoded.append("%3").append((char) digit));
        return encoded.toString();
    }

    /** Every digit as its full-width form (U+FF10…), percent-encoded in UTF-8. */
    private static String fullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(digit -> wide.append((char) ('\uFF10' + digit - '0')));
        return URLEncoder.encode(wide.toString(), StandardCharsets.UTF_8);
    }

    private PorticoUser agentOf(String site) {
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        queues.setSites(agent.id(), List.of(site));
        return agent;
    }
}
