package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.commerce.HistoricalOrder;
import org.portico.commerce.OrderItem;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.PastOrders;
import org.portico.commerce.Statements;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class NotesAndFollowUpsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CustomerNotes notes;

    @Autowired
    SalesFollowUps followUps;

    @Autowired
    PastOrders pastOrders;

    @Autowired
    Statements statements;

    CasePeople people;
    PorticoUser agent;
    PorticoUser sales;
    long account;
    PorticoUser owner;
    String caseNumber;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
        agent = people.staff(Role.AGENT);
        sales = people.staff(Role.SALES);
        account = people.businessAccount("Sprocket & Sons " + UUID.randomUUID());
        owner = people.user("Rosa Owner", Role.BUSINESS_ADMIN, account);
        caseNumber = cases.open(owner, new NewCase("business", "Tax setup", "How?", "sales-tax"))
                .number();
    }

    @Test
    void neverShowsNotesToTheCustomerInPagesOrApi() throws Exception {
        String secret = "Secret-" + UUID.randomUUID();
        mvc.perform(post("/console/cases/" + caseNumber + "/notes").with(as(agent)).with(csrf())
                        .param("body", secret + " customer").param("pinned", "true"))
                .andExpect(redirectedUrl("/console/cases/" + caseNumber + "#notes"));
        mvc.perform(post("/console/accounts/" + account + "/notes").with(as(agent)).with(csrf())
                .param("body", secret + " account"));
        mvc.perform(get("/console/cases/" + caseNumber).with(as(agent)))
                .andExpect(content().string(containsString(secret + " customer")))
                .andExpect(content().string(containsString(secret + " account")));

        for (String page : List.of("/s/business", "/s/business/cases",
                "/s/business/cases/" + caseNumber, "/s/business/account")) {
            mvc.perform(get(page).with(as(owner)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(secret))));
        }
        for (String api : List.of("/api/v1/cases/" + caseNumber, "/api/v1/cases",
                "/api/v1/account")) {
            mvc.perform(get(api).with(as(owner)).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(secret))));
        }
    }

    @Test
    void listsPinnedNotesFirstAndLetsOnlyTheAuthorDelete() throws Exception {
        Note first = notes.add(agent, new NewNote(account, null, "Older plain", false));
        Note pinned = notes.add(agent, new NewNote(account, owner.id(), "Pinned one", true));
        Note latest = notes.add(agent, new NewNote(account, null, "Newest plain", false));

        assertThat(notes.about(account, owner.id())).extracting(Note::id)
                .containsExactly(pinned.id(), latest.id(), first.id());
        assertThat(notes.about(account, null)).extracting(Note::id)
                .containsExactly(latest.id(), first.id());

        mvc.perform(post("/console/notes/" + first.id() + "/pin").with(as(agent)).with(csrf())
                        .param("pinned", "true").param("back", "/console/accounts/" + account))
                .andExpect(redirectedUrl("/console/accounts/" + account + "#notes"));
        assertThat(notes.about(account, null).get(0).id()).isEqualTo(first.id());

        PorticoUser colleague = people.staff(Role.AGENT);
        mvc.perform(post("/console/notes/" + first.id() + "/delete").with(as(colleague))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/notes/" + first.id() + "/delete").with(as(agent))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(notes.about(account, null)).extracting(Note::id)
                .containsExactly(latest.id());
    }

    @Test
    void rejectsAnEmptyNoteBesideItsField() throws Exception {
        mvc.perform(post("/console/accounts/" + account + "/notes").with(as(agent)).with(csrf())
                        .param("body", "   "))
                .andExpect(redirectedUrl("/console/accounts/" + account + "?note-invalid#notes"));
        mvc.perform(get("/console/accounts/" + account).param("note-invalid", "")
                        .with(as(agent)))
                .andExpect(content().string(containsString("Write between 1 and 2000")));
        assertThat(notes.about(account, null)).isEmpty();
    }

    @Test
    void handsAFollowUpToSalesWhoTakesItAndMarksItWon() throws Exception {
        mvc.perform(post("/console/cases/" + caseNumber + "/follow-ups").with(as(agent))
                        .with(csrf()).param("productCode", "sales-tax-wizard")
                        .param("interest", "Wants the sales-tax wizard"))
                .andExpect(redirectedUrl("/console/cases/" + caseNumber + "#follow-ups"));
        FollowUp created = followUps.ofAccount(account).get(0);
        assertThat(created.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(created.caseNumber()).isEqualTo(caseNumber);
        assertThat(created.customerId()).isEqualTo(owner.id());
        mvc.perform(get("/console/cases/" + caseNumber).with(as(agent)))
                .andExpect(content().string(containsString("Wants the sales-tax wizard")));

        mvc.perform(get("/console").with(as(sales))).andExpect(redirectedUrl("/console/sales"));
        mvc.perform(get("/console/sales").param("status", "OPEN").with(as(sales)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wants the sales-tax wizard")));
        mvc.perform(post("/console/sales/" + created.id() + "/take").with(as(sales))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/sales/" + created.id() + "/status").with(as(sales))
                        .with(csrf()).param("status", "WON").param("outcome", "Signed for a year"))
                .andExpect(status().is3xxRedirection());

        FollowUp won = followUps.find(created.id()).orElseThrow();
        assertThat(won.status()).isEqualTo(FollowUpStatus.WON);
        assertThat(won.ownerId()).isEqualTo(sales.id());
        assertThat(won.outcome()).isEqualTo("Signed for a year");
        mvc.perform(get("/console/sales").param("owner", "me").with(as(sales)))
                .andExpect(content().string(containsString("Signed for a year")));
    }

    @Test
    void countsFollowUpsByStatusWithTheWonShare() throws Exception {
        FollowUpSummary before = followUps.summary();
        for (FollowUpStatus status : List.of(FollowUpStatus.WON, FollowUpStatus.WON,
                FollowUpStatus.LOST, FollowUpStatus.CONTACTED, FollowUpStatus.OPEN)) {
            long id = followUps.create(agent, new NewFollowUp(account, null, null,
                    "payroll-seat", "More seats")).id();
            if (status != FollowUpStatus.OPEN) {
                followUps.changeStatus(sales, id, status, null);
            }
        }

        FollowUpSummary after = followUps.summary();
        assertThat(after.byStatus().get(FollowUpStatus.WON))
                .isEqualTo(before.byStatus().get(FollowUpStatus.WON) + 2);
        assertThat(after.byStatus().get(FollowUpStatus.LOST))
                .isEqualTo(before.byStatus().get(FollowUpStatus.LOST) + 1);
        assertThat(after.total()).isEqualTo(before.total() + 5);
        long won = after.byStatus().get(FollowUpStatus.WON);
        long lost = after.byStatus().get(FollowUpStatus.LOST);
        assertThat(after.wonShare()).isEqualTo(won / (double) (won + lost));

        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        mvc.perform(get("/api/v1/sales/follow-ups/summary").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byStatus.WON").value((int) won))
                .andExpect(jsonPath("$.wonShare").value(after.wonShare()));
        mvc.perform(get("/api/v1/sales/follow-ups/summary").with(as(agent)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/sales").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"summary-WON\">" + won)));
    }

    @Test
    void answersNotFoundForAFollowUpOnAMissingCaseOrAccount() throws Exception {
        mvc.perform(post("/console/cases/99999999/follow-ups").with(as(agent)).with(csrf())
                        .param("productCode", "payroll-seat").param("interest", "Seats"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/accounts/987654321/follow-ups/new").with(as(agent)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/accounts/987654321/follow-ups").with(as(agent)).with(csrf())
                        .param("productCode", "payroll-seat").param("interest", "Seats"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/accounts/987654321/notes").with(as(agent)).with(csrf())
                .param("body", "Hello")).andExpect(status().isNotFound());
    }

    @Test
    void showsErrorsBesideTheFieldsOfAFollowUp() throws Exception {
        mvc.perform(post("/console/accounts/" + account + "/follow-ups").with(as(agent))
                        .with(csrf()).param("productCode", "time-machine")
                        .param("interest", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"productCode-error\"")))
                .andExpect(content().string(containsString("Choose a product from the catalogue")))
                .andExpect(content().string(containsString("id=\"interest-error\"")));
        assertThat(followUps.ofAccount(account)).isEmpty();
    }

    @Test
    void letsOnlySalesWorkFollowUps() throws Exception {
        long id = followUps.create(agent, new NewFollowUp(account, null, null, "payroll-seat",
                "Seats")).id();

        mvc.perform(get("/console/sales").with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(post("/console/sales/" + id + "/status").with(as(agent)).with(csrf())
                .param("status", "WON")).andExpect(status().isForbidden());
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        mvc.perform(post("/console/sales/" + id + "/status").with(as(supervisor)).with(csrf())
                .param("status", "WON")).andExpect(status().isForbidden());
        mvc.perform(get("/console/cases/" + caseNumber).with(as(sales)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/accounts/" + account + "/follow-ups").with(as(sales))
                        .with(csrf()).param("productCode", "payroll-seat").param("interest", "x"))
                .andExpect(status().isForbidden());
        assertThat(followUps.find(id).orElseThrow().status()).isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    void showsRecentOrdersAndStatementsOfABusinessCustomerAtAGlance() throws Exception {
        String order = pastOrders.importOrder(new HistoricalOrder(account, owner.id(),
                List.of(new OrderItem("payroll-seat", 3)), null, OrderStatus.FULFILLED,
                Instant.parse("2019-08-03T10:00:00Z"), Instant.parse("2019-08-04T10:00:00Z"),
                Instant.parse("2019-08-05T10:00:00Z")));
        statements.produce(YearMonth.of(2019, 8));

        mvc.perform(get("/console/cases/" + caseNumber).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order)))
                .andExpect(content().string(containsString("ST-" + account + "-00001")))
                .andExpect(content().string(containsString("en · UTC")))
                .andExpect(content().string(containsString("Other open cases: 0")));

        PorticoUser individual = people.customer("Ivy Person");
        String personal = cases.open(individual, new NewCase("help", "Budget", "Hi", "budgets"))
                .number();
        mvc.perform(get("/console/cases/" + personal).with(as(agent)))
                .andExpect(content().string(not(containsString("Recent orders"))));
    }
}
