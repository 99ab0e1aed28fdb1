package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.analytics.internal.ScorecardIntegrationTests.uniqueSite;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseFacts;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseStatus;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.cases.ServiceLevels;
import org.portico.cases.SlaState;
import org.portico.cases.Visibility;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scorecard's SLA compliance judges a response and a solve on the SLA engine's clock,
 * which pauses while a case waits on the customer, and lists the cases that broke a target.
 * A person's urgent case counts round the clock: first response within 2 hours, resolution
 * within 16.
 */
@PorticoIntegrationTest
class SlaComplianceIntegrationTests {

    private static final Duration LONG_AGO = Duration.ofHours(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    ServiceLevels levels;

    @Autowired
    RollupRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseFacts facts;

    private PorticoUser supervisor;
    private PorticoUser agent;
    private PorticoUser customer;
    private String site;

    @BeforeEach
    void people() {
        CasePeople people = new CasePeople(directory);
        supervisor = people.staff(Role.SUPERVISOR);
        agent = people.staff(Role.AGENT);
        customer = people.customer("Wren Waiting");
        site = uniqueSite();
    }

    @Test
    void aCaseThatWaitedOnTheCustomerMeetsItsTargetsAsTheConsoleShowsThem() throws Exception {
        String waited = urgentCase("Answered at once, then waited on the customer");
        desk.reply(agent, waited, "Could you send the form?", Visibility.PUBLIC);
        desk.markWaiting(agent, waited);
        happenedEarlier(waited, LONG_AGO);

        assertThat(levels.of(waited)).singleElement().satisfies(state -> {
            assertThat(state.target()).isEqualTo("RESOLUTION");
            assertThat(state.level()).isEqualTo(SlaState.Level.OK);
        });
        desk.solve(agent, waited);
        DocumentContext counted = scorecard();
        rebuild.rebuild();
        DocumentContext rebuilt = scorecard();

        for (DocumentContext figures : List.of(counted, rebuilt)) {
            assertThat(figures.read("$.period.speed.resolutionSla.met", Long.class))
                    .isEqualTo(1);
            assertThat(figures.read("$.period.speed.resolutionSla.breached", Long.class))
                    .isZero();
            assertThat(figures.read("$.period.speed.resolutionBusinessHours", Double.class))
                    .isGreaterThan(16.0);
        }
    }

    @Test
    void listsTheCasesThatBrokeATargetFromTheComplianceTile() throws Exception {
        String waited = urgentCase("Waited on the customer for a day");
        desk.reply(agent, waited, "Could you send the form?", Visibility.PUBLIC);
        desk.markWaiting(agent, waited);
        happenedEarlier(waited, LONG_AGO);
        desk.solve(agent, waited);
        String forgotten = urgentCase("Nobody looked for a day");
        happenedEarlier(forgotten, LONG_AGO);
        desk.reply(agent, forgotten, "Sorry for the wait", Visibility.PUBLIC);
        desk.solve(agent, forgotten);

        DocumentContext figures = scorecard();
        String dashboard = page("/console/dashboard?site=" + site, "en");
        String responses = page("/console/dashboard/cases?site=" + site
                + "&basis=RESPONSE_BREACHED", "en");
        String resolutions = page("/console/dashboard/cases?site=" + site
                + "&basis=RESOLUTION_BREACHED", "zh_CN");
        String csv = page("/console/dashboard/export/cases.csv?site=" + site
                + "&basis=RESOLUTION_BREACHED", "en");

        assertThat(figures.read("$.period.speed.firstResponseSla.breached", Long.class))
                .isEqualTo(1);
        assertThat(figures.read("$.period.speed.resolutionSla.breached", Long.class))
                .isEqualTo(1);
        assertThat(dashboard).contains("basis=RESPONSE_BREACHED")
                .contains("basis=RESOLUTION_BREACHED").contains("1 broken: see the cases");
        assertThat(responses).contains("Cases whose first response broke its SLA target")
                .contains("Nobody looked for a day").doesNotContain("Waited on the customer")
                .contains("id=\"drill-total\">1<");
        assertThat(resolutions).contains("解决未达 SLA 目标的工单")
                .contains("Nobody looked for a day").doesNotContain("Waited on the customer");
        assertThat(csv).contains(forgotten).doesNotContain(waited);
    }

    @Test
    void anImportedCaseWaitingOnTheCustomerCountsItsTimeFromItsOpening() {
        String imported = urgentCase("Imported while waiting, answered a day late");
        jdbc.update("DELETE FROM case_event WHERE case_id = (SELECT id FROM support_case"
                + " WHERE number = ?)", imported);
        jdbc.update("UPDATE support_case SET status = 'WAITING', created_at = ?,"
                + " first_response_at = ? WHERE number = ?",
                OffsetDateTime.now().minus(LONG_AGO),
                OffsetDateTime.now().minus(LONG_AGO).plusHours(24), imported);

        assertThat(facts.fact(imported)).hasValueSatisfying(fact -> {
            assertThat(fact.status()).isEqualTo(CaseStatus.WAITING);
            assertThat(fact.firstResponseMet()).isFalse();
        });
    }

    /** A person's case opened now and made urgent. */
    private String urgentCase(String subject) {
        String number = cases.open(customer, new NewCase(site, subject, "Details", "taxes",
                null)).number();
        jdbc.update("UPDATE support_case SET priority = 'URGENT' WHERE number = ?", number);
        return number;
    }

    /** Moves everything that has happened to the case so far back by {@code by}. */
    private void happenedEarlier(String number, Duration by) {
        jdbc.query("SELECT id, created_at, first_response_at FROM support_case WHERE number = ?",
                rs -> {
                    jdbc.update("UPDATE support_case SET created_at = ?, first_response_at = ?"
                            + " WHERE id = ?", earlier(rs.getObject(2, OffsetDateTime.class), by),
                            earlier(rs.getObject(3, OffsetDateTime.class), by), rs.getLong(1));
                }, number);
        jdbc.query("""
                SELECT id, happened_at FROM case_event
                WHERE case_id = (SELECT id FROM support_case WHERE number = ?)""", rs -> {
                    jdbc.update("UPDATE case_event SET happened_at = ? WHERE id = ?",
                            earlier(rs.getObject(2, OffsetDateTime.class), by), rs.getLong(1));
                }, number);
    }

    private static OffsetDateTime earlier(OffsetDateTime at, Duration by) {
        return at == null ? null : at.minus(by);
    }

    private DocumentContext scorecard() throws Exception {
        return JsonPath.parse(page("/api/v1/analytics/scorecard?site=" + site, "en"));
    }

    private String page(String address, String language) throws Exception {
        return mvc.perform(get(address).param("lang", language).with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
