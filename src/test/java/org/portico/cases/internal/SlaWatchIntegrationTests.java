package org.portico.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseActions;
import org.portico.cases.CaseChange;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseStatus;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.platform.JobLease;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class SlaWatchIntegrationTests {

    @Autowired
    JobLease lease;

    @Autowired
    SlaWatch watch;

    @Autowired
    Cases cases;

    @Autowired
    CaseActions actions;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void letsOneNodeHoldTheLeaseUntilItLapses() {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO job_lease (name, holder, held_until) VALUES (?, 'nobody', ?)")
                .params(name, Instant.EPOCH.atOffset(ZoneOffset.UTC)).update();

        assertThat(lease.take(name, Duration.ofMinutes(1))).isTrue();
        assertThat(lease.take(name, Duration.ofMinutes(1))).isFalse();

        jdbc.sql("UPDATE job_lease SET held_until = ? WHERE name = ?")
                .params(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC), name).update();
        assertThat(lease.take(name, Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void escalatesACaseAboutToBreakAndWarnsOnce() {
        PorticoUser ann = new CasePeople(directory).customer("Ann Lee");
        String number = cases.open(ann, new NewCase("help", "Nobody answers", "Hello?",
                "bills")).number();
        jdbc.sql("UPDATE support_case SET priority = 'URGENT' WHERE number = ?").param(number)
                .update();
        jdbc.sql("UPDATE case_event SET happened_at = ? WHERE case_id = (SELECT id FROM"
                        + " support_case WHERE number = ?)")
                .params(Instant.now().minus(100, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC),
                        number).update();

        watch.check();
        watch.check();

        assertThat(cases.read(ann, "help", number).supportCase().status())
                .isEqualTo(CaseStatus.ESCALATED);
        assertThat(actions.history(number)).filteredOn(c -> c.kind().equals("ESCALATED"))
                .singleElement().extracting(CaseChange::actorUserId).isNull();
        assertThat(jdbc.sql("SELECT sla_warned_at FROM support_case WHERE number = ?")
                .param(number).query(java.time.OffsetDateTime.class).optional()).isPresent();
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        mvc.perform(get("/openapi.yaml"))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        Matchers.containsString("/api/v1/cases/{number}/replies")))
                .andExpect(content().string(Matchers.containsString("Idempotency-Key")));
    }
}
