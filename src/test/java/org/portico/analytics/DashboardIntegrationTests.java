package org.portico.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

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

@PorticoIntegrationTest
class DashboardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CaseHistory history;

    @Test
    void countsCasesByTopicPerWeekAndOpenAndSolved() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser ann = people.customer("Ann Stats");
        DocumentContext before = chart(supervisor);
        Instant now = Instant.now();

        history.importCases(List.of(payroll(ann, now, null), payroll(ann, now, null),
                payroll(ann, now, now)));

        DocumentContext after = chart(supervisor);
        assertThat(after.read("$.weeks.length()", Integer.class)).isEqualTo(26);
        assertThat(lastWeek(after, "payroll") - lastWeek(before, "payroll")).isEqualTo(3);
        assertThat(count(after, "open") - count(before, "open")).isEqualTo(2);
        assertThat(count(after, "solved") - count(before, "solved")).isEqualTo(1);
        assertThat(after.read("$.topics[?(@.key == 'payroll')].name", List.class))
                .containsExactly("Payroll");
    }

    @Test
    void showsTheChartToSupervisorsOnly() throws Exception {
        CasePeople people = new CasePeople(directory);

        mvc.perform(get("/console/dashboard").with(as(people.staff(Role.SUPERVISOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/chart.js/")))
                .andExpect(content().string(containsString("cases-by-topic")));
        mvc.perform(get("/console/dashboard").with(as(people.staff(Role.AGENT))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
    }

    private DocumentContext chart(PorticoUser supervisor) throws Exception {
        return JsonPath.parse(mvc.perform(get("/api/v1/analytics/cases-by-topic")
                        .param("weeks", "26").with(as(supervisor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static long lastWeek(DocumentContext chart, String topic) {
        List<List<Number>> counts = chart.read("$.topics[?(@.key == '" + topic + "')].counts");
        List<Number> series = counts.get(0);
        return series.get(series.size() - 1).longValue();
    }

    private static long count(DocumentContext chart, String field) {
        return chart.read("$." + field, Long.class);
    }

    private static HistoricalCase payroll(PorticoUser who, Instant at, Instant solved) {
        return new HistoricalCase("help", who.id(), who.accountId(), "Payroll run", "Failed",
                "payroll", "PHONE", "HIGH", at, solved, null, null);
    }
}
