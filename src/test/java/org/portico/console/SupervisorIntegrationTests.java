package org.portico.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseDesk;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseWork;
import org.portico.cases.CaseWorked;
import org.portico.cases.Cases;
import org.portico.cases.DeskFigures;
import org.portico.cases.NewCase;
import org.portico.cases.Visibility;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
@RecordApplicationEvents
class SupervisorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    CaseWork work;

    @Autowired
    DeskFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    CasePeople people;
    PorticoUser supervisor;
    PorticoUser agent;
    PorticoUser customer;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
        supervisor = people.staff(Role.SUPERVISOR);
        agent = people.user("Ada Agent", Role.AGENT, null);
        customer = people.customer("Omar Haddad");
    }

    @Test
    void supervisorMovesSelectedCasesFromOneAgentToAnother() throws Exception {
        PorticoUser other = people.user("Ben Backup", Role.AGENT, null);
        String first = open("Depreciation one");
        String second = open("Depreciation two");
        String kept = open("Depreciation kept");
        desk.assignToMe(agent, first);
        desk.assignToMe(agent, second);
        desk.assignToMe(agent, kept);

        mvc.perform(get("/console/supervisor").param("from", String.valueOf(agent.id()))
                        .with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Depreciation kept")));
        mvc.perform(post("/console/supervisor/reassign").with(as(supervisor)).with(csrf())
                        .param("from", String.valueOf(agent.id()))
                        .param("numbers", first, second).param("to", String.valueOf(other.id())))
                .andExpect(status().is3xxRedirection());

        assertThat(desk.ownerOf(first)).contains(other.id());
        assertThat(desk.ownerOf(second)).contains(other.id());
        assertThat(desk.ownerOf(kept)).contains(agent.id());
        assertThat(figures.agents(Instant.now()).get(other.id()).openCases()).isEqualTo(2);
    }

    @Test
    void agentsMayNotSeeTheSupervisorViewNorReassign() throws Exception {
        String number = open("Locked out");
        desk.assignToMe(agent, number);

        mvc.perform(get("/console/supervisor").with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/console/supervisor").with(as(agent)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/supervisor/reassign").with(as(agent)).with(csrf())
                        .param("numbers", number).param("to", String.valueOf(agent.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console").with(as(agent)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        containsString("id=\"nav-supervisor\""))));
        mvc.perform(get("/console").with(as(supervisor)))
                .andExpect(content().string(containsString("id=\"nav-supervisor\"")));
    }

    @Test
    void sumsWorkSessionsIntoHandleTimeTodayAndCapsAbandonedOnes() {
        String number = open("Payroll run");
        long tenMinutes = work.start(agent, number);
        backdate(tenMinutes, Duration.ofMinutes(10));
        work.end(agent, number, tenMinutes);
        long forgotten = work.start(agent, number);
        backdate(forgotten, Duration.ofHours(2));
        work.end(agent, number, null);

        // since three hours ago, not since midnight: run just after midnight UTC, the
        // backdated sessions ended yesterday and "today" would not hold them
        long seconds = figures.agents(Instant.now().minus(Duration.ofHours(3)))
                .get(agent.id()).handleSeconds();

        assertThat(seconds).isBetween(600L + 1800L, 600L + 1800L + 60L);
        assertThat(events.stream(CaseWorked.class).filter(e -> e.agentUserId() == agent.id()))
                .extracting(CaseWorked::seconds).last().isEqualTo(1800L);
    }

    @Test
    void endsTheSessionAStartedCasePageOpened() throws Exception {
        String number = open("Beacon case");

        mvc.perform(get("/console/cases/" + number).with(as(agent)))
                .andExpect(content().string(containsString("id=\"work-session\"")));
        assertThat(openSessions()).isEqualTo(1);
        mvc.perform(post("/console/cases/" + number + "/work/end").with(as(agent)).with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(openSessions()).isZero();
    }

    @Test
    void countsRepliesAndSolvesAsHandledToday() {
        String answered = open("Answered today");
        String solved = open("Solved today");
        desk.reply(agent, answered, "Here is how.", Visibility.PUBLIC);
        desk.reply(agent, answered, "Second answer.", Visibility.PUBLIC);
        desk.reply(agent, solved, "Only a note.", Visibility.INTERNAL);
        desk.solve(agent, solved);

        assertThat(figures.agents(startOfToday()).get(agent.id()).handled()).isEqualTo(2);
    }

    @Test
    void recordsPresenceAtMostOnceAMinute() throws Exception {
        mvc.perform(get("/console").with(as(agent))).andExpect(status().isOk());
        Instant first = lastSeen();

        setLastSeen(first.minusSeconds(30));
        mvc.perform(get("/console").with(as(agent)));
        assertThat(lastSeen()).isEqualTo(first.minusSeconds(30));

        setLastSeen(first.minusSeconds(120));
        mvc.perform(get("/console").with(as(agent)));
        assertThat(lastSeen()).isAfter(first.minusSeconds(60));
    }

    @Test
    void showsOnlineAgentsAndTheOldestWaitingCaseInTheApi() throws Exception {
        PorticoUser away = people.user("Aldo Away", Role.AGENT, null);
        mvc.perform(get("/console").with(as(agent)));
        mvc.perform(get("/console").with(as(away)));
        setLastSeen(away, Instant.now().minus(Duration.ofMinutes(10)));
        String oldest = open("Waiting since the last century");
        jdbc.sql("UPDATE support_case SET created_at = ?, updated_at = ? WHERE number = ?")
                .params(utc(Instant.parse("1999-12-31T09:00:00Z")),
                        utc(Instant.parse("1999-12-31T09:00:00Z")), oldest)
                .update();
        desk.assignToMe(agent, open("Owned by Ada"));

        mvc.perform(get("/api/v1/console/supervisor").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone", is("UTC")))
                .andExpect(jsonPath("$.oldestWaiting.number", is(oldest)))
                .andExpect(jsonPath("$.queue.NEW").isNumber())
                .andExpect(jsonPath(agentPath(agent, "online"), contains(true)))
                .andExpect(jsonPath(agentPath(agent, "openCases"), contains(1)))
                .andExpect(jsonPath(agentPath(away, "online"), contains(false)));
        mvc.perform(get("/console/supervisor").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting since the last century")))
                .andExpect(content().string(containsString("Ada Agent")));
    }

    private String open(String subject) {
        return cases.open(customer, new NewCase("help", subject, "Details", "payroll"))
                .number();
    }

    private static String agentPath(PorticoUser user, String field) {
        return "$.agents[?(@.id == " + user.id() + ")]." + field;
    }

    private void backdate(long session, Duration by) {
        jdbc.sql("UPDATE case_work SET started_at = ? WHERE id = ?")
                .params(utc(Instant.now().minus(by)), session).update();
    }

    private long openSessions() {
        return jdbc.sql("SELECT COUNT(*) FROM case_work WHERE agent_id = ? AND ended_at IS NULL")
                .param(agent.id()).query(Long.class).single();
    }

    private Instant lastSeen() {
        return jdbc.sql("SELECT last_seen_at FROM staff_presence WHERE user_id = ?")
                .param(agent.id()).query(OffsetDateTime.class).single().toInstant();
    }

    private void setLastSeen(Instant at) {
        setLastSeen(agent, at);
    }

    private void setLastSeen(PorticoUser user, Instant at) {
        jdbc.sql("UPDATE staff_presence SET last_seen_at = ? WHERE user_id = ?")
                .params(utc(at), user.id()).update();
    }

    private static Instant startOfToday() {
        return Instant.now().atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
