package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PorticoIntegrationTest
class JobLeaseIntegrationTests {

    @Autowired
    JobLease lease;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String name;

    @BeforeEach
    void addLease() {
        name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO job_lease (name, holder, held_until) VALUES (?, 'nobody', ?)")
                .params(name, Instant.EPOCH.atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void renewsALeaseThisNodeHoldsWhileALongJobRuns() {
        assertThat(lease.take(name, Duration.ofMinutes(1))).isTrue();
        OffsetDateTime first = heldUntil();

        assertThat(lease.hold(name, Duration.ofMinutes(10))).isTrue();

        assertThat(heldUntil()).isAfter(first);
    }

    @Test
    void letsNoNodeHoldALeaseAnotherNodeHoldsUntilItLapses() {
        holdElsewhere(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        assertThat(lease.hold(name, Duration.ofMinutes(5))).isFalse();
        assertThat(lease.take(name, Duration.ofMinutes(5))).isFalse();

        lease.release(name);
        assertThat(lease.hold(name, Duration.ofMinutes(5))).isFalse();

        holdElsewhere(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
        assertThat(lease.hold(name, Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void letsTheJobRunAgainOnceTheLeaseIsGivenBack() {
        assertThat(lease.take(name, Duration.ofHours(1))).isTrue();
        lease.release(name);

        assertThat(lease.take(name, Duration.ofHours(1))).isTrue();
    }

    @Test
    void runsAJobAloneAndGivesTheLeaseBackAfterIt() {
        assertThat(lease.runAlone(name, Duration.ofHours(1), () -> "done")).contains("done");
        assertThat(lease.take(name, Duration.ofHours(1))).isTrue();
    }

    @Test
    void skipsAJobWhileAnotherNodeRunsIt() {
        holdElsewhere(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        List<String> ran = new ArrayList<>();

        assertThat(lease.runAlone(name, Duration.ofHours(1), () -> ran.add("here"))).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void commitsTheLeaseOnItsOwnWhenTheCallersTransactionRollsBack() throws Exception {
        List<OffsetDateTime> seenElsewhere = new ArrayList<>();
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(caller -> {
                lease.runAlone(name, Duration.ofHours(1), () -> {
                    try {
                        return seenElsewhere.add(otherNode.submit(this::heldUntil).get());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                caller.setRollbackOnly();
            });
        } finally {
            otherNode.shutdown();
        }

        assertThat(seenElsewhere).singleElement()
                .satisfies(until -> assertThat(until).isAfter(OffsetDateTime.now()));
        assertThat(holder()).isNotEqualTo("nobody");
        assertThat(heldUntil()).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(lease.take(name, Duration.ofHours(1))).isTrue();
    }

    @Test
    void letsOneOfTwoNodesSharingTheDatabaseRunTheJob() throws Exception {
        JobLease one = new JobLease(jdbc, transactions, Clock.systemUTC());
        JobLease other = new JobLease(jdbc, transactions, Clock.systemUTC());
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> took = nodes.invokeAll(List.of(
                    () -> one.take(name, Duration.ofMinutes(5)),
                    () -> other.take(name, Duration.ofMinutes(5))));
            assertThat(List.of(took.get(0).get(), took.get(1).get()))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdown();
        }
        JobLease winner = heldBy(one) ? one : other;
        JobLease loser = winner == one ? other : one;

        assertThat(loser.hold(name, Duration.ofMinutes(5))).isFalse();
        assertThat(winner.hold(name, Duration.ofMinutes(5))).isTrue();
        winner.release(name);
        assertThat(loser.take(name, Duration.ofMinutes(5))).isTrue();
    }

    private boolean heldBy(JobLease node) {
        return !node.take(name, Duration.ZERO) && node.hold(name, Duration.ofMinutes(5));
    }

    @Test
    void hasALeaseRowForEveryJobThatRunsOnOneNode() {
        assertThat(jdbc.sql("SELECT name FROM job_lease").query(String.class).list())
                .containsAll(List.of("sla-check", "nps-wave", "mailbox-poller",
                        "knowledge-schedule", "statements", "scorecard-mail",
                        "community-digest"));
    }

    private void holdElsewhere(OffsetDateTime until) {
        jdbc.sql("UPDATE job_lease SET holder = 'other-node', held_until = ? WHERE name = ?")
                .params(until, name).update();
    }

    private String holder() {
        return jdbc.sql("SELECT holder FROM job_lease WHERE name = ?").param(name)
                .query(String.class).single();
    }

    private OffsetDateTime heldUntil() {
        return jdbc.sql("SELECT held_until FROM job_lease WHERE name = ?").param(name)
                .query(OffsetDateTime.class).single();
    }
}
