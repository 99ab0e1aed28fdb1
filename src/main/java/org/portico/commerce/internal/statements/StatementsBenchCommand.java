package org.portico.commerce.internal.statements;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementRun;
import org.portico.commerce.Statements;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code statements bench --accounts=25000 --portico.data-dir=/tmp/bench}: fills an EMPTY
 * data folder with business accounts and ledger entries (JDBC batches), produces last month's
 * statements and prints how long that took, then the median time of one statement PDF.
 */
@Component
class StatementsBenchCommand implements PorticoCommand {

    private static final int BATCH = 1000;
    private static final int WARM_UP = 20;
    private static final int RENDERS = 50;

    private final Statements statements;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StatementsBenchCommand(Statements statements, JdbcTemplate jdbc, Clock clock) {
        this.statements = statements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "statements bench";
    }

    @Override
    public int run(CommandArguments arguments) {
        int accounts = Integer.parseInt(arguments.option("accounts").orElse("25000"));
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM customer_account WHERE kind = 'BUSINESS'", Integer.class);
        if (existing != null && existing > 0) {
            System.err.println("statements bench needs an empty data folder:"
                    + " --portico.data-dir=/tmp/bench-empty");
            return 2;
        }
        YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
        long started = System.nanoTime();
        long firstAccount = createAccounts(accounts);
        createEntries(firstAccount, accounts, month);
        System.out.printf("statements bench: created %d accounts with %d ledger entries in"
                + " %.1f s%n", accounts, accounts * 8L, seconds(started));
        started = System.nanoTime();
        StatementRun run = statements.produce(month);
        System.out.printf("%s in %.1f s%n", run.line(), seconds(started));
        StatementDetail statement = statements.statement(firstAccount,
                StatementMaker.number(firstAccount, 1)).orElseThrow();
        System.out.printf("statements bench: PDF of %d lines median %.1f ms over %d renders%n",
                statement.lines().size(), medianPdfMillis(statement), RENDERS);
        return 0;
    }

    private long createAccounts(int accounts) {
        List<Object[]> rows = new ArrayList<>(accounts);
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < accounts; i++) {
            rows.add(new Object[] {"Bench account " + i, LocalDate.of(2020, 1, 1), now});
        }
        jdbc.batchUpdate("""
                INSERT INTO customer_account (name, kind, customer_since, created_at)
                VALUES (?, 'BUSINESS', ?, ?)""", rows);
        return jdbc.queryForObject(
                "SELECT MIN(id) FROM customer_account WHERE kind = 'BUSINESS'", Long.class);
    }

    private void createEntries(long firstAccount, int accounts, YearMonth month) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        Instant start = StatementMaker.start(month);
        for (long account = firstAccount; account < firstAccount + accounts; account++) {
            for (int e = 0; e < 8; e++) {
                rows.add(entry(account, e, start));
            }
            if (rows.size() >= BATCH) {
                insertEntries(rows);
            }
        }
        insertEntries(rows);
    }

    private static Object[] entry(long account, int e, Instant monthStart) {
        String kind = e < 5 ? (e % 2 == 0 ? "INVOICE" : "PAYMENT") : e == 5 ? "CREDIT"
                : "INVOICE";
        BigDecimal amount = new BigDecimal((e + 1) * 1250 + account % 97).movePointLeft(2);
        Instant at = e < 6 ? monthStart.plusSeconds(86_400L * (e * 4 + 1))
                : monthStart.minusSeconds(86_400L * e * 10);
        return new Object[] {account, kind, "B-" + e, "Bench entry " + e,
                "INVOICE".equals(kind) ? amount : amount.negate(), Timestamp.from(at)};
    }

    private void insertEntries(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO account_ledger_entry (account_id, kind, reference, description,
                    amount, currency, occurred_at) VALUES (?, ?, ?, ?, ?, 'USD', ?)""", rows);
        rows.clear();
    }

    private double medianPdfMillis(StatementDetail statement) {
        for (int i = 0; i < WARM_UP; i++) {
            statements.pdf(statement, Locale.SIMPLIFIED_CHINESE);
        }
        double[] millis = new double[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            long started = System.nanoTime();
            statements.pdf(statement, Locale.SIMPLIFIED_CHINESE);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RENDERS / 2];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
