package org.portico.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class CaseLifecycleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    CaseActions actions;

    @Autowired
    CustomerCaseActions customerActions;

    @Autowired
    JdbcClient jdbc;

    CasePeople people;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
    }

    @Test
    void recordsEveryChangeAndShowsTheCustomerOnlyThePublicOnes() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser agent = people.staff(Role.AGENT);
        String number = open(ann, "Refund late");

        desk.assignToMe(agent, number);
        desk.reply(agent, number, "Looking into it", Visibility.INTERNAL);
        desk.reply(agent, number, "We are on it", Visibility.PUBLIC);
        actions.changePriority(agent, number, "HIGH");
        actions.escalate(agent, number, "VIP");

        assertThat(actions.history(number)).extracting(CaseChange::kind).containsExactly(
                "OPENED", "OWNER", "NOTE", "REPLY", "STATUS", "PRIORITY", "ESCALATED", "STATUS");
        assertThat(actions.history(number).get(7).newValue()).isEqualTo("ESCALATED");
        mvc.perform(get("/s/help/cases/" + number + "/lifecycle").with(as(ann)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("priority set to High")))
                .andExpect(content().string(containsString("status set to Escalated")))
                .andExpect(content().string(not(containsString("internal note"))))
                .andExpect(content().string(not(containsString("changed the owner"))));
    }

    @Test
    void customerFollowsClosesAndCannotReplyToAClosedCase() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        String number = open(ann, "Printer");

        mvc.perform(post("/s/help/cases/" + number + "/follow").with(as(ann)).with(csrf())
                .param("follow", "true")).andExpect(status().is3xxRedirection());
        assertThat(customerActions.followers(number)).containsExactly(ann.id());

        mvc.perform(post("/s/help/cases/" + number + "/close").with(as(ann)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.read(ann, "help", number).supportCase().status())
                .isEqualTo(CaseStatus.CLOSED);

        mvc.perform(post("/s/help/cases/" + number + "/replies").with(as(ann)).with(csrf())
                        .param("body", "One more thing"))
                .andExpect(redirectedUrl("/s/help/cases/" + number + "?closed"));
        mvc.perform(get("/s/help/cases/" + number + "?closed").with(as(ann)))
                .andExpect(content().string(containsString("takes no more replies")))
                .andExpect(content().string(not(containsString("One more thing"))));
        mvc.perform(get("/s/help/cases/new").param("follows", number).with(as(ann)))
                .andExpect(content().string(containsString("Follow-up to case " + number)));
    }

    @Test
    void reopensOnlyWithinTheReopenPeriodAfterSolving() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser agent = people.staff(Role.AGENT);
        String recent = open(ann, "Recently solved");
        String old = open(ann, "Solved long ago");
        desk.solve(agent, recent);
        desk.solve(agent, old);
        jdbc.sql("UPDATE support_case SET solved_at = ? WHERE number = ?")
                .params(Instant.now().minus(30, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), old)
                .update();

        cases.reply(ann, "help", recent, "Not quite");
        assertThat(cases.read(ann, "help", recent).supportCase().status())
                .isEqualTo(CaseStatus.OPEN);

        mvc.perform(post("/api/v1/cases/" + old + "/replies").with(as(ann))
                        .contentType("application/json").content("{\"body\": \"Again\"}"))
                .andExpect(status().isConflict());
        assertThat(cases.read(ann, "help", old).supportCase().status())
                .isEqualTo(CaseStatus.SOLVED);
    }

    @Test
    void membersSeeCasesSharedWithThem() throws Exception {
        long account = people.businessAccount("Harbour Bakery Ltd");
        PorticoUser mia = people.user("Mia Member", Role.BUSINESS_MEMBER, account);
        PorticoUser max = people.user("Max Member", Role.BUSINESS_MEMBER, account);
        PorticoUser outsider = people.user("Olga Other", Role.BUSINESS_MEMBER,
                people.businessAccount("Other Ltd"));
        String number = cases.open(mia, new NewCase("business", "Payroll run failed", "Oops",
                "payroll")).number();

        mvc.perform(get("/s/business/cases/" + number).with(as(max)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/s/business/cases/" + number + "/shares").with(as(mia)).with(csrf())
                .param("user", Long.toString(max.id()))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/s/business/cases/" + number).with(as(max)))
                .andExpect(status().isOk());
        mvc.perform(get("/s/business/cases").with(as(max)))
                .andExpect(content().string(containsString("Payroll run failed")));
        mvc.perform(post("/s/business/cases/" + number + "/shares").with(as(mia)).with(csrf())
                        .param("user", Long.toString(outsider.id())))
                .andExpect(redirectedUrl("/s/business/cases/" + number + "?share-refused"));
        mvc.perform(get("/s/business/cases/" + number).with(as(outsider)))
                .andExpect(status().isNotFound());
    }

    @Test
    void opensOneCaseWhenTheFormIsSentTwice() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        String key = "form-" + java.util.UUID.randomUUID();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/s/help/cases").with(as(ann)).with(csrf())
                    .param("subject", "Double click").param("topic", "bills")
                    .param("description", "Clicked twice").param("requestKey", key))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(cases.visibleTo(ann, "help")).extracting(CaseView::subject)
                .containsExactly("Double click");
    }

    @Test
    void exportsTheCustomersListAsSpreadsheetSafeCsv() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        open(ann, "=HYPERLINK(\"http://evil\",\"x\")");

        byte[] csv = mvc.perform(get("/s/help/cases.csv").with(as(ann)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("cases.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNumber,Subject,Status");
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",");
    }

    @Test
    void sendsAVisitorWhoAsksForTheCaseListCsvToSignIn() throws Exception {
        mvc.perform(get("/s/business/cases.csv"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/s/business/signin"));
    }

    @Test
    void mergesACaseIntoAnotherAndClosesItWithALink() throws Exception {
        PorticoUser ann = people.customer("Ann Lee");
        PorticoUser agent = people.staff(Role.AGENT);
        String first = open(ann, "Login fails");
        String second = open(ann, "Still cannot log in");
        cases.reply(ann, "help", second, "Tried again today");

        actions.merge(agent, second, first);

        CaseDetail merged = desk.read(first);
        assertThat(merged.messages()).extracting(CaseMessage::body)
                .anyMatch(body -> body.contains("Still cannot log in"))
                .contains("Tried again today");
        assertThat(desk.read(second).supportCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(desk.read(second).messages()).isEmpty();
        assertThat(actions.history(second)).extracting(CaseChange::newValue).contains(first);
    }

    @Test
    void logsAPhoneCaseForANewCaller() {
        PorticoUser agent = people.staff(Role.AGENT);
        String email = java.util.UUID.randomUUID() + "@example.com";

        CaseView logged = actions.logPhoneCase(agent, new PhoneCase(email, "Carl Caller", "help",
                "Cannot file", "Called about filing", "taxes", "HIGH"));

        assertThat(logged.origin()).isEqualTo("PHONE");
        assertThat(logged.priority()).isEqualTo("HIGH");
        assertThat(directory.customer(logged.requesterUserId())).hasValueSatisfying(
                c -> assertThat(c.email()).isEqualTo(email));
        CaseView again = actions.logPhoneCase(agent, new PhoneCase(email.toUpperCase(), "Carl",
                "help", "Second call", "Again", "taxes", "NORMAL"));
        assertThat(again.requesterUserId()).isEqualTo(logged.requesterUserId());
    }

    private String open(PorticoUser customer, String subject) {
        return cases.open(customer, new NewCase("help", subject, "Details", "bills")).number();
    }

    /** The scorecard then counts the case solved once, at its last solve. */
    @Test
    void clearsTheSolvedTimeOnReopenAndTheNextSolveSetsItAgain() throws Exception {
        PorticoUser ann = people.customer("Ann Reopens");
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        String site = "t" + UUID.randomUUID().toString().substring(0, 8);
        String number = cases.open(ann, new NewCase(site, "Still broken", "It broke", "bills"))
                .number();

        desk.solve(agent, number);
        OffsetDateTime firstSolve = solvedAt(number);
        long solvedFirst = scorecard(supervisor, site).read("$.period.volume.solved", Long.class);
        cases.reply(ann, site, number, "It broke again");
        OffsetDateTime afterReopen = solvedAt(number);
        long solvedWhileOpen = scorecard(supervisor, site)
                .read("$.period.volume.solved", Long.class);
        desk.solve(agent, number);
        OffsetDateTime secondSolve = solvedAt(number);
        DocumentContext end = scorecard(supervisor, site);

        assertThat(firstSolve).isNotNull();
        assertThat(afterReopen).isNull();
        assertThat(secondSolve).isAfterOrEqualTo(firstSolve);
        assertThat(solvedFirst).isEqualTo(1);
        assertThat(solvedWhileOpen).isZero();
        assertThat(end.read("$.period.volume.solved", Long.class)).isEqualTo(1);
        assertThat(end.read("$.period.speed.resolutionHours", Double.class)).isNotNull();
        assertThat(jdbc.sql("SELECT solved_at FROM analytics_case WHERE number = ?")
                .param(number).query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(secondSolve.toInstant());
    }

    private OffsetDateTime solvedAt(String number) {
        OffsetDateTime solved = jdbc.sql("SELECT solved_at FROM support_case WHERE number = ?")
                .param(number).query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).list()
                .get(0);
        return solved == null ? null : solved.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private DocumentContext scorecard(PorticoUser viewer, String site) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return JsonPath.parse(mvc.perform(get("/api/v1/analytics/scorecard").param("site", site)
                        .param("from", today.minusDays(1).toString())
                        .param("to", today.toString())
                        .with(as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
