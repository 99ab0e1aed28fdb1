package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseHistory;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseView;
import org.portico.cases.CaseWork;
import org.portico.cases.Cases;
import org.portico.cases.HistoricalCase;
import org.portico.cases.NewCase;
import org.portico.cases.Visibility;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class ScorecardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CaseHistory history;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    CaseWork work;

    @Autowired
    RollupRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsALiveCaseFromItsEvents() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser ann = people.customer("Ann Scorecard");
        String site = uniqueSite();

        CaseView opened = cases.open(ann, new NewCase(site, "Refund missing", "Where is it?",
                "taxes", null));
        DocumentContext afterOpen = today(supervisor, site);
        long session = work.start(agent, opened.number());
        desk.reply(agent, opened.number(), "Looking into it", Visibility.PUBLIC);
        work.end(agent, opened.number(), session);
        desk.changeTopic(agent, opened.number(), "deductions");
        desk.solve(agent, opened.number());
        DocumentContext afterSolve = today(supervisor, site);

        assertThat(afterOpen.read("$.period.volume.opened", Long.class)).isEqualTo(1);
        assertThat(afterOpen.read("$.period.volume.byTopic[0].key", String.class))
                .isEqualTo("taxes");
        assertThat(afterSolve.read("$.period.volume.opened", Long.class)).isEqualTo(1);
        assertThat(afterSolve.read("$.period.volume.solved", Long.class)).isEqualTo(1);
        assertThat(afterSolve.read("$.period.speed.responded", Long.class)).isEqualTo(1);
        assertThat(afterSolve.read("$.period.volume.byTopic[*].key", List.class))
                .containsExactly("deductions");
        assertThat(afterSolve.read("$.period.handle.sessions", Long.class)).isEqualTo(1);
        assertThat(afterSolve.read("$.period.handle.byAgent[0].name", String.class))
                .isEqualTo("Staff AGENT");
    }

    @Test
    void drillDownListsTheCasesOfATileAcrossTheClockChange() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser bo = people.customer("Bo Scorecard");
        String site = uniqueSite();
        history.importCases(List.of(
                past(bo, site, "Before the change", "PHONE", "2025-03-29T23:30:00Z", null),
                past(bo, site, "Last minute of the short day", "WEB", "2025-03-30T22:59:00Z",
                        "2025-03-31T08:00:00Z"),
                past(bo, site, "First minute of the next day", "WEB", "2025-03-30T23:00:00Z",
                        null)));

        DocumentContext day = scorecard(supervisor, site, "2025-03-30", "2025-03-30");
        String list = mvc.perform(get("/console/dashboard/cases").param("site", site)
                        .param("from", "2025-03-30").param("to", "2025-03-30")
                        .param("basis", "OPENED").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(day.read("$.zone", String.class)).isEqualTo("Europe/London");
        assertThat(day.read("$.period.volume.opened", Long.class)).isEqualTo(1);
        assertThat(list).contains("Last minute of the short day")
                .doesNotContain("Before the change").doesNotContain("First minute");
        assertThat(scorecard(supervisor, site, "2025-03-29", "2025-03-31")
                .read("$.period.volume.opened", Long.class)).isEqualTo(3);
        assertThat(scorecard(supervisor, site, "2025-04-01", "2025-04-30")
                .read("$.period.volume.opened", Long.class)).isZero();
    }

    @Test
    void costsEachChannelAtItsUnitCost() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser cy = people.customer("Cy Scorecard");
        String site = uniqueSite();
        List<HistoricalCase> past = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            past.add(past(cy, site, "Case " + i, i < 2 ? "PHONE" : "WEB",
                    "2025-06-0" + (i + 1) + "T10:00:00Z",
                    i % 2 == 0 ? "2025-06-0" + (i + 1) + "T12:00:00Z" : null));
        }
        history.importCases(past);

        DocumentContext june = scorecard(supervisor, site, "2025-06-01", "2025-06-30");

        assertThat(june.read("$.period.costs.total", Double.class)).isEqualTo(112.0);
        assertThat(june.read("$.period.costs.perCase", Double.class)).isEqualTo(18.67);
        assertThat(june.read("$.period.costs.perSolvedCase", Double.class)).isEqualTo(37.33);
        assertThat(june.read("$.period.avoided", Object.class)).isNull();
        assertThat(june.read("$.period.nps", Object.class)).isNull();
    }

    @Test
    void exportsTheCasesAsCsvThatSpreadsheetsDoNotRun() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser di = people.customer("Di Scorecard");
        String site = uniqueSite();
        history.importCases(List.of(past(di, site, "=HYPERLINK(\"http://x\",\"y\")", "WEB",
                "2025-07-01T10:00:00Z", null), past(di, site, "@SUM(A1)", "EMAIL",
                "2025-07-02T10:00:00Z", null)));

        String csv = mvc.perform(get("/console/dashboard/export/cases.csv").param("site", site)
                        .param("from", "2025-07-01").param("to", "2025-07-31")
                        .with(as(supervisor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .contains(",'@SUM(A1),");
        assertThat(csv.lines()).hasSize(3);
    }

    @Test
    void showsTheScorecardToSupervisorsSiteManagersAndAdministratorsOnly() throws Exception {
        CasePeople people = new CasePeople(directory);
        for (Role role : List.of(Role.SUPERVISOR, Role.SITE_MANAGER, Role.ADMIN)) {
            mvc.perform(get("/console/dashboard").with(as(people.staff(role))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("tile-opened")))
                    .andExpect(content().string(containsString("tile-nps")));
        }
        for (Role role : List.of(Role.AGENT, Role.AUTHOR, Role.SALES)) {
            mvc.perform(get("/console/dashboard").with(as(people.staff(role))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/dashboard/cases").with(as(people.staff(role))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/analytics/scorecard").with(as(people.staff(role))))
                    .andExpect(status().isForbidden());
        }
        PorticoUser customer = people.customer("Eve Scorecard");
        mvc.perform(get("/console/dashboard/export/cases.csv").with(as(customer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsSetUnitCosts() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser admin = people.staff(Role.ADMIN);

        mvc.perform(post("/console/dashboard/costs").param("cost_PHONE", "60")
                        .with(csrf()).with(as(people.staff(Role.SUPERVISOR))))
                .andExpect(status().isForbidden());
        try {
            mvc.perform(post("/console/dashboard/costs").param("cost_CHAT", "1.25")
                    .with(csrf()).with(as(admin))).andExpect(status().is3xxRedirection());
            mvc.perform(get("/console/dashboard").with(as(admin)))
                    .andExpect(content().string(containsString("value=\"1.25\"")));
        } finally {
            mvc.perform(post("/console/dashboard/costs").param("cost_CHAT", "0.50")
                    .with(csrf()).with(as(admin)));
        }
    }

    @Test
    void refusesAUnitCostTooLargeOrTooFineToKeep() throws Exception {
        PorticoUser admin = new CasePeople(directory).staff(Role.ADMIN);

        for (String wrong : new String[] {"1e308", "12345678901234567890123", "0.001", "-1"}) {
            mvc.perform(post("/console/dashboard/costs").param("cost_EMAIL", wrong)
                            .with(csrf()).with(as(admin)))
                    .andExpect(redirectedUrl("/console/dashboard?costError=EMAIL#costs"));
        }
    }

    @Test
    void countsAVisitOncePerDayAndWhetherItUsedSelfService() throws Exception {
        String agent = "ScorecardTest/" + UUID.randomUUID();
        long[] before = visits();

        mvc.perform(get("/s/help").header("User-Agent", agent)).andExpect(status().isOk());
        long[] afterHome = visits();
        mvc.perform(get("/s/help/search").param("q", "refund").header("User-Agent", agent))
                .andExpect(status().isOk());
        mvc.perform(get("/s/help/search").param("q", "budget").header("User-Agent", agent))
                .andExpect(status().isOk());
        long[] after = visits();

        assertThat(afterHome[0] - before[0]).isEqualTo(1);
        assertThat(afterHome[1] - before[1]).isZero();
        assertThat(after[0] - before[0]).isEqualTo(1);
        assertThat(after[1] - before[1]).isEqualTo(1);
        assertThat(after[2] - before[2]).isEqualTo(2);
    }

    @Test
    void rebuildsTheRollupsToTheSameFigures() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser gus = people.customer("Gus Scorecard");
        String site = uniqueSite();
        history.importCases(List.of(
                past(gus, site, "One", "PHONE", "2025-08-01T10:00:00Z", "2025-08-02T10:00:00Z"),
                past(gus, site, "Two", "CHAT", "2025-08-03T10:00:00Z", null)));
        String before = scorecard(supervisor, site, "2025-08-01", "2025-08-31").jsonString();

        rebuild.rebuild();

        assertThat(scorecard(supervisor, site, "2025-08-01", "2025-08-31").jsonString())
                .isEqualTo(before).contains("\"opened\":2");
    }

    private long[] visits() {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(visits), 0), COALESCE(SUM(self_service), 0),
                    COALESCE(SUM(searches), 0) FROM analytics_visit_day WHERE site = 'help'""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    private DocumentContext today(PorticoUser viewer, String site) throws Exception {
        return JsonPath.parse(mvc.perform(get("/api/v1/analytics/scorecard").param("site", site)
                        .with(as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private DocumentContext scorecard(PorticoUser viewer, String site, String from, String to)
            throws Exception {
        return JsonPath.parse(mvc.perform(get("/api/v1/analytics/scorecard").param("site", site)
                        .param("from", from).param("to", to).with(as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static String uniqueSite() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static HistoricalCase past(PorticoUser who, String site, String subject, String origin,
            String opened, String solved) {
        return new HistoricalCase(site, who.id(), who.accountId(), subject, "Details", "taxes",
                origin, "NORMAL", Instant.parse(opened),
                solved == null ? null : Instant.parse(solved), null, null);
    }
}
