package org.portico.commerce.internal.statements;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementLine;
import org.portico.commerce.StatementSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Statements, their lines and the account ledger they are made from, in SQL.
 */
@Repository
class StatementStore {

    private static final String SUMMARY_COLUMNS = """
            id, number, account_id, period, period_start, period_end, currency,
            opening_balance, closing_balance, produced_at, account_name, invoices_total,
            payments_total, credits_total""";

    private final JdbcClient jdbc;

    StatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A ledger entry as read for a statement. */
    record Entry(long id, String kind, Instant occurredAt, String reference, String description,
            BigDecimal amount, String currency) {
    }

    /** The latest statement of an account: its sequence, month and closing balance. */
    record Latest(int sequence, YearMonth month, BigDecimal closing, LocalDate periodEnd) {
    }

    boolean exists(long accountId, YearMonth month) {
        return jdbc.sql(
                "SELECT COUNT(*) FROM account_statement WHERE account_id = ? AND period = ?")
                .params(accountId, month.toString()).query(Long.class).single() > 0;
    }

    Optional<Latest> latest(long accountId) {
        return jdbc.sql("""
                SELECT sequence_no, period, closing_balance, period_end FROM account_statement
                WHERE account_id = ? ORDER BY sequence_no DESC FETCH FIRST 1 ROWS ONLY""")
                .param(accountId)
                .query((rs, n) -> new Latest(rs.getInt(1), YearMonth.parse(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getObject(4, LocalDate.class)))
                .optional();
    }

    BigDecimal sumBefore(long accountId, Instant before, Instant from) {
        BigDecimal sum = jdbc.sql("""
                SELECT SUM(amount) FROM account_ledger_entry
                WHERE account_id = ? AND occurred_at < ? AND occurred_at >= ?""")
                .params(accountId, utc(before), utc(from))
                .query(BigDecimal.class).optional().orElse(null);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    List<Entry> entries(long accountId, Instant from, Instant until) {
        return jdbc.sql("""
                SELECT id, kind, occurred_at, reference, description, amount, currency
                FROM account_ledger_entry
                WHERE account_id = ? AND occurred_at >= ? AND occurred_at < ?
                ORDER BY occurred_at, id""")
                .params(accountId, utc(from), utc(until))
                .query(StatementStore::entry).list();
    }

    List<Entry> allEntries(long accountId) {
        return entries(accountId, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
    }

    long insert(StatementDetail statement, int sequence, Instant producedAt) {
        StatementSummary s = statement.summary();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account_statement (account_id, sequence_no, number, period,
                    period_start, period_end, account_name, currency, opening_balance,
                    invoices_total, payments_total, credits_total, closing_balance, produced_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.accountId(), sequence, s.number(), s.month().toString(),
                        s.periodStart(), s.periodEnd(), statement.accountName(), s.currency(),
                        s.opening(), statement.invoices(), statement.payments(),
                        statement.credits(), s.closing(), utc(producedAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertLines(long statementId, List<StatementLine> lines, List<Entry> entries) {
        for (int i = 0; i < lines.size(); i++) {
            StatementLine line = lines.get(i);
            jdbc.sql("""
                    INSERT INTO account_statement_line (statement_id, line_no, ledger_entry_id,
                        kind, occurred_at, reference, description, amount, balance)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(statementId, i + 1, entries.get(i).id(), line.kind(),
                            utc(line.occurredAt()), line.reference(), line.description(),
                            line.amount(), line.balance())
                    .update();
        }
    }

    List<StatementSummary> summaries(long accountId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS
                + " FROM account_statement WHERE account_id = ? ORDER BY sequence_no DESC")
                .param(accountId).query(StatementStore::summary).list();
    }

    Optional<StatementDetail> detail(long accountId, String number) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS
                + " FROM account_statement WHERE account_id = ? AND number = ?")
                .params(accountId, number)
                .query((rs, n) -> new StatementDetail(summary(rs, n),
                        rs.getString("account_name"), rs.getBigDecimal("invoices_total"),
                        rs.getBigDecimal("payments_total"), rs.getBigDecimal("credits_total"),
                        lines(rs.getLong("id"))))
                .optional();
    }

    void insertPayment(long accountId, String reference, String description, BigDecimal amount,
            String currency, Instant receivedAt) {
        jdbc.sql("""
                INSERT INTO account_ledger_entry (account_id, kind, reference, description,
                    amount, currency, occurred_at)
                VALUES (?, 'PAYMENT', ?, ?, ?, ?, ?)""")
                .params(accountId, reference, description, amount, currency, utc(receivedAt))
                .update();
    }

    private List<StatementLine> lines(long statementId) {
        return jdbc.sql("""
                SELECT kind, occurred_at, reference, description, amount, balance
                FROM account_statement_line WHERE statement_id = ? ORDER BY line_no""")
                .param(statementId)
                .query((rs, n) -> new StatementLine(rs.getString(1), instant(rs, 2),
                        rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    private static StatementSummary summary(ResultSet rs, int row) throws SQLException {
        return new StatementSummary(rs.getString("number"), rs.getLong("account_id"),
                YearMonth.parse(rs.getString("period")),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getString("currency"),
                rs.getBigDecimal("opening_balance"), rs.getBigDecimal("closing_balance"),
                rs.getObject("produced_at", OffsetDateTime.class).toInstant());
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("kind"), instant(rs, 3),
                rs.getString("reference"), rs.getString("description"),
                rs.getBigDecimal("amount"), rs.getString("currency"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
