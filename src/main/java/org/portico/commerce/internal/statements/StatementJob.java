package org.portico.commerce.internal.statements;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementRun;
import org.portico.identity.AccountProfile;
import org.portico.identity.Directory;
import org.portico.platform.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Produces the month's statements of every business account.
 *
 * <p>One node produces statements at a time: it holds the {@code statements}
 * {@link JobLease}, renewed while a long run goes on, and records the run in its month's
 * {@code statement_run} row. Each account is produced in its own transaction, so one that
 * fails is recorded and the others carry on; the unique (account, month) key makes a second
 * run of a month produce nothing new. Called inside a transaction (as the demo does), all of it
 * joins that transaction instead.
 */
@Component
class StatementJob {

    private static final Logger log = LoggerFactory.getLogger(StatementJob.class);
    static final String LEASE = "statements";
    private static final Duration LEASE_LENGTH = Duration.ofHours(1);
    private static final int REASON_LENGTH = 500;

    private final Directory directory;
    private final StatementStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final JobLease lease;
    private final Clock clock;

    StatementJob(Directory directory, StatementStore store, JdbcClient jdbc,
            PlatformTransactionManager transactions, JobLease lease, Clock clock) {
        this.directory = directory;
        this.lease = lease;
        this.store = store;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Early on the 1st of each month (UTC), the month that has just closed. */
    @Scheduled(cron = "${portico.statements.cron:0 30 0 1 * *}", zone = "UTC")
    void produceLastMonth() {
        YearMonth lastMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
        log.info("{}", produce(lastMonth).line());
    }

    StatementRun produce(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new IllegalArgumentException("Month " + month + " has not closed yet");
        }
        Optional<StatementRun> run = lease.runAlone(LEASE, LEASE_LENGTH,
                () -> produceAlone(month));
        if (run.isEmpty()) {
            log.info("Statements of {} are not produced: another run is going on", month);
            return new StatementRun(month, false, 0, 0, List.of());
        }
        log.info("Statements of {} produced: {} new, {} unchanged, {} failed", month,
                run.get().produced(), run.get().unchanged(), run.get().failures().size());
        return run.get();
    }

    /** The run of a month while this node holds the lease, recorded in its run row. */
    private StatementRun produceAlone(YearMonth month) {
        inTransaction(() -> start(month));
        StatementRun run = produceClaimed(month);
        inTransaction(() -> finish(run));
        return run;
    }

    private StatementRun produceClaimed(YearMonth month) {
        int produced = 0;
        int unchanged = 0;
        List<StatementRun.Failure> failures = new ArrayList<>();
        Instant renewAt = clock.instant().plus(LEASE_LENGTH.dividedBy(2));
        for (AccountProfile account : directory.businessAccounts()) {
            if (clock.instant().isAfter(renewAt)) {
                lease.hold(LEASE, LEASE_LENGTH);
                renewAt = clock.instant().plus(LEASE_LENGTH.dividedBy(2));
            }
            if (account.customerSince() != null
                    && account.customerSince().isAfter(month.atEndOfMonth())) {
                continue;
            }
            try {
                if (inTransaction(() -> produceOne(account, month))) {
                    produced++;
                } else {
                    unchanged++;
                }
            } catch (DuplicateKeyException raced) {
                unchanged++;
            } catch (RuntimeException e) {
                failures.add(new StatementRun.Failure(account.id(), reason(e)));
                log.warn("No statement of {} for account {}: {}", month, account.id(), reason(e));
            }
        }
        return new StatementRun(month, true, produced, unchanged, List.copyOf(failures));
    }

    private boolean produceOne(AccountProfile account, YearMonth month) {
        if (store.exists(account.id(), month)) {
            return false;
        }
        Optional<StatementStore.Latest> latest = store.latest(account.id());
        if (latest.isPresent() && latest.get().month().isAfter(month)) {
            throw new IllegalStateException("a later statement (" + latest.get().month()
                    + ") exists already");
        }
        Instant start = StatementMaker.start(month);
        BigDecimal opening = latest
                .map(l -> l.closing().add(store.sumBefore(account.id(), start,
                        StatementMaker.end(l.month()))))
                .orElseGet(() -> store.sumBefore(account.id(), start, Instant.EPOCH));
        List<StatementStore.Entry> entries = store.entries(account.id(), start,
                StatementMaker.end(month));
        int sequence = latest.map(l -> l.sequence() + 1).orElse(1);
        StatementDetail statement = StatementMaker.make(account, month, sequence, opening,
                entries, clock.instant());
        long id = store.insert(statement, sequence, clock.instant());
        store.insertLines(id, statement.lines(), entries);
        return true;
    }

    private int start(YearMonth month) {
        OffsetDateTime now = utc(clock.instant());
        int restarted = jdbc.sql("""
                UPDATE statement_run SET started_at = ?, finished_at = NULL WHERE period = ?""")
                .params(now, month.toString()).update();
        return restarted == 1 ? restarted : jdbc.sql("""
                INSERT INTO statement_run (period, started_at, produced, unchanged, failed)
                VALUES (?, ?, 0, 0, 0)""").params(month.toString(), now).update();
    }

    private int finish(StatementRun run) {
        Instant now = clock.instant();
        run.failures().forEach(failure -> jdbc.sql("""
                INSERT INTO statement_run_failure (period, account_id, reason, failed_at)
                VALUES (?, ?, ?, ?)""")
                .params(run.month().toString(), failure.accountId(), failure.reason(), utc(now))
                .update());
        return jdbc.sql("""
                UPDATE statement_run SET finished_at = ?, produced = ?, unchanged = ?,
                    failed = ? WHERE period = ?""")
                .params(utc(now), run.produced(), run.unchanged(),
                        run.failures().size(), run.month().toString())
                .update();
    }

    private <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return ownTransaction.execute(status -> work.get());
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > REASON_LENGTH ? message.substring(0, REASON_LENGTH) : message;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
