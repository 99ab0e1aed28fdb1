package org.portico.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One rollup table: rows keyed by a day and some dimensions, holding counters that only ever
 * get added to. Adding to a row that does not exist yet creates it. Each day table has a month
 * table ({@link #months()}) with the same counters per calendar month, added to in the same
 * transaction, so that a long period reads whole months instead of every day.
 *
 * @param keys the key columns, {@code on_day} (or {@code on_month}) first
 * @param counters the counter columns
 */
record Tally(String table, List<String> keys, List<String> counters) {

    static final String DAY = "on_day";
    static final String MONTH = "on_month";

    static final Tally CASES = new Tally("analytics_case_day",
            List.of(DAY, "site", "channel", "topic", "priority"),
            List.of("opened", "responded", "response_seconds", "solved", "resolution_seconds",
                    "response_business_seconds", "resolution_business_seconds",
                    "response_targeted", "response_met", "resolution_targeted",
                    "resolution_met"));
    static final Tally HANDLE = new Tally("analytics_handle_day",
            List.of("on_day", "site", "channel", "topic", "agent_id", "source"),
            List.of("sessions", "seconds"));
    static final Tally DEFLECTIONS = new Tally("analytics_deflection_day",
            List.of("on_day", "site", "kind"), List.of("total"));
    static final Tally VISITS = new Tally("analytics_visit_day", List.of("on_day", "site"),
            List.of("visits", "self_service", "searches", "article_views"));
    static final Tally CSAT = new Tally("analytics_csat_day", List.of("on_day", "site", "channel"),
            List.of("sent", "answers", "score_sum", "satisfied"));
    static final Tally NPS = new Tally("analytics_nps_day", List.of("on_day", "site"),
            List.of("sent", "answers", "promoters", "passives", "detractors"));
    static final Tally COMMUNITY = new Tally("analytics_community_day", List.of("on_day", "site"),
            List.of("questions", "answers", "answered", "answered_by_peers",
                    "first_answer_seconds"));

    /** Every day table, for rebuilding their month tables. */
    static final List<Tally> ALL = List.of(CASES, HANDLE, DEFLECTIONS, VISITS, CSAT, NPS,
            COMMUNITY);

    private static final int CHUNK = 1000;
    /** Up to this many rows (what one event touches) are written row by row in key order. */
    private static final int ONE_BY_ONE = 16;
    private static final String DUPLICATE_KEY = "23505";

    /** Adds {@code amounts} (one per counter) to the row of {@code keyValues}. */
    void add(JdbcTemplate jdbc, List<Object> keyValues, long... amounts) {
        addAll(jdbc, Map.of(keyValues, amounts));
    }

    /**
     * Adds many rows at once: each entry maps key values to the amounts to add. Rows that
     * exist are incremented; missing rows are inserted, and a row that another transaction
     * inserted meanwhile (a duplicate key) is incremented instead, so that two first events
     * for one row both count on H2 and on PostgreSQL.
     */
    void addAll(JdbcTemplate jdbc, Map<List<Object>, long[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        write(jdbc, rows);
        if (keys.get(0).equals(DAY)) {
            // after the day rows, so that every transaction locks days before months
            months().write(jdbc, byMonth(rows));
        }
    }

    /**
     * Adds to this table's rows alone, leaving its month table as it is: for a rebuild, which
     * sums every month table from its day table once the day rows are written
     * ({@link #monthsFromDays}).
     */
    void addDaysOnly(JdbcTemplate jdbc, Map<List<Object>, long[]> rows) {
        if (!rows.isEmpty()) {
            write(jdbc, rows);
        }
    }

    /** The month table of a day table: {@code on_month}, the 1st of the month, for the day. */
    Tally months() {
        List<String> monthKeys = new ArrayList<>(keys);
        monthKeys.set(0, MONTH);
        return new Tally(table.replace("_day", "_month"), monthKeys, counters);
    }

    /** The key columns after the day. */
    List<String> dimensions() {
        return keys.subList(1, keys.size());
    }

    /**
     * Sums the month table again from the day table (for a rebuild); the month is taken from
     * the stored day, which is already a day of the analytics time zone.
     */
    void monthsFromDays(JdbcTemplate jdbc) {
        Tally months = months();
        String month = "CAST(DATE_TRUNC('MONTH', " + DAY + ") AS DATE)";
        String dims = String.join(", ", dimensions());
        jdbc.update("DELETE FROM " + months.table);
        jdbc.update("INSERT INTO " + months.table + " (" + String.join(", ", months.keys)
                + ", " + String.join(", ", counters) + ") SELECT " + month + ", " + dims + ", "
                + counters.stream().map(c -> "SUM(" + c + ")").collect(Collectors.joining(", "))
                + " FROM " + table + " GROUP BY " + month + ", " + dims);
    }

    private static Map<List<Object>, long[]> byMonth(Map<List<Object>, long[]> days) {
        Map<List<Object>, long[]> months = new LinkedHashMap<>();
        days.forEach((key, amounts) -> {
            List<Object> monthKey = new ArrayList<>(key);
            monthKey.set(0, ((LocalDate) key.get(0)).withDayOfMonth(1));
            long[] sum = months.computeIfAbsent(monthKey, k -> new long[amounts.length]);
            for (int i = 0; i < amounts.length; i++) {
                sum[i] += amounts[i];
            }
        });
        return months;
    }

    private void write(JdbcTemplate jdbc, Map<List<Object>, long[]> rows) {
        if (rows.size() <= ONE_BY_ONE) {
            addInKeyOrder(jdbc, rows);
            return;
        }
        List<List<Object>> missing = new ArrayList<>();
        jdbc.execute((ConnectionCallback<Void>) con -> {
            List<List<Object>> all = new ArrayList<>();
            rows.forEach((key, amounts) -> all.add(row(key, amounts)));
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<List<Object>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                int[] counts = run(con, updateSql(), chunk, true);
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        missing.add(chunk.get(i));
                    }
                }
            }
            insert(con, missing);
            return null;
        });
    }

    /**
     * The few rows an event touches, each updated or else inserted before the next, in the
     * order of their keys: two transactions that touch the same rows then lock them in the
     * same order and wait for each other instead of deadlocking (an update of one row before
     * the insert of another, in two orders, is a deadlock on H2 and PostgreSQL alike).
     */
    private void addInKeyOrder(JdbcTemplate jdbc, Map<List<Object>, long[]> rows) {
        List<List<Object>> ordered = rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Object::toString)))
                .map(entry -> row(entry.getKey(), entry.getValue()))
                .toList();
        jdbc.execute((ConnectionCallback<Void>) con -> {
            for (List<Object> row : ordered) {
                if (run(con, updateSql(), List.of(row), true)[0] == 0) {
                    insertOrUpdate(con, row);
                }
            }
            return null;
        });
    }

    private List<Object> row(List<Object> key, long[] amounts) {
        List<Object> row = new ArrayList<>(key);
        for (long amount : amounts) {
            row.add(amount);
        }
        return row;
    }

    /** Inserts the rows in one batch, or one by one when some already exist by now. */
    private void insert(Connection con, List<List<Object>> missing) throws SQLException {
        if (missing.isEmpty()) {
            return;
        }
        if (con.getAutoCommit()) {
            for (List<Object> row : missing) {
                insertOrUpdate(con, row);
            }
            return;
        }
        Savepoint before = con.setSavepoint();
        try {
            for (int from = 0; from < missing.size(); from += CHUNK) {
                run(con, insertSql(), missing.subList(from, Math.min(missing.size(),
                        from + CHUNK)), false);
            }
            con.releaseSavepoint(before);
        } catch (SQLException raced) {
            if (!isDuplicate(raced)) {
                throw raced;
            }
            con.rollback(before);
            for (List<Object> row : missing) {
                insertOrUpdate(con, row);
            }
        }
    }

    private void insertOrUpdate(Connection con, List<Object> row) throws SQLException {
        Savepoint before = con.getAutoCommit() ? null : con.setSavepoint();
        try {
            run(con, insertSql(), List.of(row), false);
            if (before != null) {
                con.releaseSavepoint(before);
            }
        } catch (SQLException raced) {
            if (!isDuplicate(raced)) {
                throw raced;
            }
            if (before != null) {
                con.rollback(before);
            }
            run(con, updateSql(), List.of(row), true);
        }
    }

    private static boolean isDuplicate(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (DUPLICATE_KEY.equals(next.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && isDuplicate(cause);
    }

    /**
     * Runs the statement once per row; {@code countersFirst} for the update, whose counters
     * come before its keys.
     */
    private int[] run(Connection con, String sql, List<List<Object>> rows,
            boolean countersFirst) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                List<Object> values = countersFirst
                        ? concat(row.subList(keys.size(), row.size()), row.subList(0, keys.size()))
                        : row;
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private String updateSql() {
        return "UPDATE " + table + " SET "
                + counters.stream().map(c -> c + " = " + c + " + ?")
                        .collect(Collectors.joining(", "))
                + " WHERE " + keys.stream().map(c -> c + " = ?")
                        .collect(Collectors.joining(" AND "));
    }

    private String insertSql() {
        List<String> all = new ArrayList<>(keys);
        all.addAll(counters);
        return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Sums amounts per key before they are written. */
    static final class Pending {

        private final Map<List<Object>, long[]> rows = new LinkedHashMap<>();
        private final int width;

        Pending(Tally tally) {
            this.width = tally.counters().size();
        }

        void add(List<Object> key, int counter, long amount) {
            rows.computeIfAbsent(key, k -> new long[width])[counter] += amount;
        }

        Map<List<Object>, long[]> rows() {
            return rows;
        }
    }
}
