package org.portico.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A solved case that the customer reopens is no longer solved: its solved time goes, the next
 * solve sets it again, and the scorecard counts the case solved once, at its last solve.
 */
@PorticoIntegrationTest
class ReopenedCaseIntegrationTests {

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void clearsTheSolvedTimeOnReopenAndTheNextSolveSetsItAgain() throws Exception {
        CasePeople people = new CasePeople(directory);
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
