package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.analytics.internal.ScorecardIntegrationTests.past;
import static org.portico.analytics.internal.ScorecardIntegrationTests.uniqueSite;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseHistory;
import org.portico.cases.CasePeople;
import org.portico.cases.HistoricalCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The scorecard at scale: speed in business hours, the drill-down paged by index with the
 * rollups' count, and one time zone for tiles, charts and lists on an autumn clock change.
 */
@PorticoIntegrationTest
class ScorecardScaleIntegrationTests {

    private static final Pattern CASE_LINK = Pattern.compile("/console/cases/(\\d{8})");
    private static final Pattern NEXT = Pattern.compile("id=\"drill-next\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CaseHistory history;

    @Autowired
    RollupRebuild rebuild;

    @Autowired
    Rollups rollups;

    @Test
    void countsSpeedInTheBusinessHoursOfTheCasesCalendarAsWellAsCalendarTime()
            throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser ida = people.customer("Ida Business Hours");
        String site = uniqueSite();
        // A person's NORMAL case runs on office hours, 09:00-17:00 New York, Monday to Friday:
        // opened Friday 16:00 there, answered and solved Monday 10:00 (66 calendar hours).
        history.importCases(List.of(new HistoricalCase(site, ida.id(), ida.accountId(),
                "Over the weekend", "Details", "taxes", "WEB", "NORMAL",
                Instant.parse("2025-08-01T20:00:00Z"), Instant.parse("2025-08-04T14:00:00Z"),
                "Solved it", agent.id())));

        DocumentContext counted = scorecard(supervisor, site, "2025-08-01", "2025-08-31");
        rebuild.rebuild();
        DocumentContext rebuilt = scorecard(supervisor, site, "2025-08-01", "2025-08-31");

        for (DocumentContext figures : List.of(counted, rebuilt)) {
            assertThat(figures.read("$.period.speed.resolutionHours", Double.class))
                    .isEqualTo(66.0);
            assertThat(figures.read("$.period.speed.resolutionBusinessHours", Double.class))
                    .isEqualTo(2.0);
            assertThat(figures.read("$.period.speed.firstResponseHours", Double.class))
                    .isEqualTo(66.0);
            assertThat(figures.read("$.period.speed.firstResponseBusinessHours", Double.class))
                    .isEqualTo(2.0);
        }
        assertThat(page(supervisor, "/console/dashboard?site=" + site
                + "&from=2025-08-01&to=2025-08-31")).contains("tile-resolution-business")
                .contains("2.0 h");
    }

    @Test
    void showsTheShareOfResponsesAndSolvesWithinTheirServiceLevelTargets() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser una = people.customer("Una Service Levels");
        String site = uniqueSite();
        // A person's NORMAL case: first response within 16 and solve within 80 business hours
        // of office hours (09:00-17:00 New York, Monday to Friday). The first case is answered
        // and solved after 2 business hours, the second after 19 business days.
        history.importCases(List.of(
                new HistoricalCase(site, una.id(), una.accountId(), "Quick", "Details", "taxes",
                        "WEB", "NORMAL", Instant.parse("2025-08-04T14:00:00Z"),
                        Instant.parse("2025-08-04T16:00:00Z"), "Solved it", agent.id()),
                new HistoricalCase(site, una.id(), una.accountId(), "Slow", "Details", "taxes",
                        "WEB", "NORMAL", Instant.parse("2025-08-04T14:00:00Z"),
                        Instant.parse("2025-08-29T14:00:00Z"), "Solved late", agent.id())));

        DocumentContext counted = scorecard(supervisor, site, "2025-08-01", "2025-08-31");
        rebuild.rebuild();
        DocumentContext rebuilt = scorecard(supervisor, site, "2025-08-01", "2025-08-31");

        for (DocumentContext figures : List.of(counted, rebuilt)) {
            assertThat(figures.read("$.period.speed.firstResponseSla.targeted", Long.class))
                    .isEqualTo(2);
            assertThat(figures.read("$.period.speed.firstResponseSla.met", Long.class))
                    .isEqualTo(1);
            assertThat(figures.read("$.period.speed.resolutionSla.share", Double.class))
                    .isEqualTo(0.5);
            assertThat(figures.read("$.period.speed.resolutionSla.breached", Long.class))
                    .isEqualTo(1);
        }
        String query = "site=" + site + "&from=2025-08-01&to=2025-08-31";
        assertThat(page(supervisor, "/console/dashboard?" + query))
                .contains("tile-sla-first-response").contains("tile-sla-resolution")
                .contains("50%");
        assertThat(page(supervisor, "/console/dashboard/export/speed.csv?" + query))
                .contains("first_response_sla_share,0.500")
                .contains("resolution_sla_breached,1");
    }

    @Test
    void pagesTheCasesBehindAFigureAfterTheLastOneShownWithTheRollupsCount() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser jo = people.customer("Jo Many Cases");
        String site = uniqueSite();
        List<HistoricalCase> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // two cases share each instant, so the case number must break the ties
            String opened = "2025-05-06T" + String.format("%02d:%02d:00Z", 8 + i / 120,
                    i / 2 % 60);
            many.add(past(jo, site, "Case " + i, "WEB", opened, null));
        }
        history.importCases(many);

        Set<String> listed = new LinkedHashSet<>();
        String address = "/console/dashboard/cases?site=" + site
                + "&from=2025-05-06&to=2025-05-06&basis=OPENED";
        int pages = 0;
        while (address != null) {
            String html = page(supervisor, address);
            assertThat(html).contains("id=\"drill-total\">120<");
            Matcher link = CASE_LINK.matcher(html);
            while (link.find()) {
                assertThat(listed.add(link.group(1))).as("listed once: " + link.group(1))
                        .isTrue();
            }
            Matcher next = NEXT.matcher(html);
            address = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(listed).hasSize(120);
        assertThat(new ArrayList<>(listed)).isSorted();
    }

    @Test
    void tileChartAndListAgreeAcrossTheAutumnClockChangeAndTheMonthEnd() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser kit = people.customer("Kit Clock Change");
        String site = uniqueSite();
        // London leaves summer time at 01:00 UTC on 26 October 2025: that day lasts 25 hours,
        // from 2025-10-25T23:00Z to 2025-10-27T00:00Z.
        history.importCases(List.of(
                past(kit, site, "Saturday late", "WEB", "2025-10-25T22:59:00Z", null),
                past(kit, site, "Sunday first minute", "WEB", "2025-10-25T23:00:00Z", null),
                past(kit, site, "Sunday last minute", "WEB", "2025-10-26T23:59:00Z", null),
                past(kit, site, "October last minute", "WEB", "2025-10-31T23:59:00Z", null),
                past(kit, site, "November first minute", "WEB", "2025-11-01T00:00:00Z", null)));

        long sunday = opened(supervisor, site, "2025-10-26", "2025-10-26");
        String sundayList = page(supervisor, "/console/dashboard/cases?site=" + site
                + "&from=2025-10-26&to=2025-10-26&basis=OPENED");
        DocumentContext chart = JsonPath.parse(page(supervisor,
                "/api/v1/analytics/topic-trends?site=" + site + "&from=2025-10-20&to=2025-11-02"));
        List<String> weeks = chart.read("$.weeks[*]");
        List<Integer> taxes = chart.read("$.topics[?(@.key == 'taxes')].counts[*]");

        assertThat(sunday).isEqualTo(2);
        assertThat(sundayList).contains("Sunday first minute").contains("Sunday last minute")
                .doesNotContain("Saturday late").contains("id=\"drill-total\">2<");
        assertThat(weeks).containsExactly("2025-10-20", "2025-10-27");
        assertThat(taxes).containsExactly(3, 2);
        assertThat(opened(supervisor, site, "2025-10-20", "2025-10-26")).isEqualTo(3);
        assertThat(opened(supervisor, site, "2025-10-01", "2025-10-31")).isEqualTo(4);
        assertThat(opened(supervisor, site, "2025-11-01", "2025-11-30")).isEqualTo(1);
        assertThat(page(supervisor, "/console/dashboard/cases?site=" + site
                + "&from=2025-11-01&to=2025-11-30&basis=OPENED"))
                .contains("November first minute").doesNotContain("October last minute");
    }

    @Test
    void sumsNpsAnswersPerDayForTheScore() throws Exception {
        PorticoUser supervisor = new CasePeople(directory).staff(Role.SUPERVISOR);
        String site = uniqueSite();
        for (int score : new int[] {10, 9, 8, 3}) {
            rollups.countNps(site, Instant.parse("2025-07-01T12:00:00Z"), score);
        }

        DocumentContext july = scorecard(supervisor, site, "2025-07-01", "2025-07-31");

        assertThat(july.read("$.period.nps.answers", Long.class)).isEqualTo(4);
        assertThat(july.read("$.period.nps.promoters", Long.class)).isEqualTo(2);
        assertThat(july.read("$.period.nps.passives", Long.class)).isEqualTo(1);
        assertThat(july.read("$.period.nps.detractors", Long.class)).isEqualTo(1);
        assertThat(july.read("$.period.nps.score", Double.class)).isEqualTo(25.0);
    }

    private long opened(PorticoUser viewer, String site, String from, String to)
            throws Exception {
        return scorecard(viewer, site, from, to).read("$.period.volume.opened", Long.class);
    }

    private DocumentContext scorecard(PorticoUser viewer, String site, String from, String to)
            throws Exception {
        return JsonPath.parse(page(viewer, "/api/v1/analytics/scorecard?site=" + site
                + "&from=" + from + "&to=" + to));
    }

    private String page(PorticoUser viewer, String address) throws Exception {
        return mvc.perform(get(java.net.URI.create(address)).with(as(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
