package org.portico.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseFact;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseSearch;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.cases.Visibility;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.CountingDataSource;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the service-level settings cost a node that counts a case event or lists cases: one
 * version row per use, the settings themselves only after a change saved on any node. The
 * node here is a second SLA engine on the shared database, whose statements are counted; the
 * application's own settings page plays the other node.
 */
@PorticoIntegrationTest
class ServiceLevelCostIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    SlaSettings settings;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    private CountingDataSource statements;
    private SlaService node;
    private CaseFactsReader facts;

    @BeforeEach
    void startNode() {
        statements = new CountingDataSource(dataSource);
        JdbcClient jdbc = JdbcClient.create(statements.dataSource());
        CaseTimeline timeline = new CaseTimeline(jdbc);
        node = new SlaService(jdbc, timeline, Clock.systemUTC());
        facts = new CaseFactsReader(statements.dataSource(), node, timeline);
    }

    @Test
    void readsTheSettingsAgainOnlyAfterAChangeSavedOnAnyNode() {
        String site = "cost" + UUID.randomUUID().toString().substring(0, 6);
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        String open = cases.open(new CasePeople(directory).customer("Cy Cost"),
                new NewCase(site, "Not answered yet", "Details", "taxes", null)).number();
        String answered = cases.open(new CasePeople(directory).customer("Di Cost"),
                new NewCase(site, "Answered at once", "Details", "taxes", null)).number();
        desk.reply(agent, answered, "Here you are", Visibility.PUBLIC);
        facts.fact(open);

        assertThat(statementsFor(() -> facts.fact(open))).as("case row, settings version")
                .isEqualTo(2);
        assertThat(statementsFor(() -> facts.fact(answered)))
                .as("case row, settings version, status changes").isEqualTo(3);
        assertThat(facts.fact(answered).map(CaseFact::firstResponseMet)).contains(true);

        SlaSettings.Policy before = policy("NORMAL", "PERSON");
        try {
            settings.save(new SlaSettings.Policy("NORMAL", "PERSON", before.calendarId(), 0,
                    before.nextResponse(), before.resolution(), before.warnPercent()));

            assertThat(statementsFor(() -> assertThat(facts.fact(answered)
                    .map(CaseFact::firstResponseMet)).contains(false)))
                    .as("the settings read again after the change").isEqualTo(7);
            assertThat(statementsFor(() -> facts.fact(answered))).isEqualTo(3);
        } finally {
            settings.save(before);
        }
        assertThat(facts.fact(answered).map(CaseFact::firstResponseMet)).contains(true);
    }

    @Test
    void listsTheCasesBehindAFigureWithoutTheServiceLevelSettings() {
        String site = "list" + UUID.randomUUID().toString().substring(0, 6);
        cases.open(new CasePeople(directory).customer("Ed List"),
                new NewCase(site, "Listed only", "Details", "taxes", null));
        CaseSearch search = new CaseSearch(CaseSearch.Basis.OPENED,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plusSeconds(60), site,
                null, null, null);

        assertThat(statementsFor(() -> assertThat(facts.page(search, null, 50)).singleElement()
                .satisfies(c -> assertThat(c.subject()).isEqualTo("Listed only"))))
                .isEqualTo(1);
    }

    @Test
    void checksEveryOpenCaseWithOneLookAtTheSettingsVersion() {
        node.allOpen();

        assertThat(statementsFor(node::allOpen))
                .as("open cases, their status changes, awaited replies, settings version")
                .isEqualTo(4);
    }

    private SlaSettings.Policy policy(String priority, String tier) {
        return settings.policies().stream()
                .filter(p -> p.priority().equals(priority) && p.tier().equals(tier))
                .findFirst().orElseThrow();
    }

    private int statementsFor(Runnable work) {
        statements.reset();
        work.run();
        return statements.count();
    }
}
