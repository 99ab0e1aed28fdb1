package org.portico.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One rollup table: rows keyed by a day and some dimensions, holding counters that only ever
 * get added to. Adding to a row that does not exist yet creates it (a standard SQL MERGE, which
 * H2 and PostgreSQL 15 both run).
 *
 * @param keys the key columns, {@code on_day} first
 * @param counters the counter columns
 */
record Tally(String table, List<String> keys, List<String> counters) {

    static final Tally CASES = new Tally("analytics_case_day",
            List.of("on_day", "site", "channel", "topic", "priority"),
            List.of("opened", "responded", "response_seconds", "solved", "resolution_seconds",
                    "response_business_seconds", "resolution_business_seconds"));
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
            List.of("answers", "promoters", "passives", "detractors"));
    static final Tally COMMUNITY = new Tally("analytics_community_day", List.of("on_day", "site"),
            List.of("questions", "answers", "answered", "answered_by_peers",
                    "first_answer_seconds"));

    /** Adds {@code amounts} (one per counter) to the row of {@code keyValues}. */
    void add(JdbcTemplate jdbc, List<Object> keyValues, long... amounts) {
        List<Object> params = new ArrayList<>(keyValues);
        for (long amount : amounts) {
            params.add(amount);
        }
        jdbc.update(mergeSql(), params.toArray());
    }

    /** Adds many rows at once: each entry maps key values to the amounts to add. */
    void addAll(JdbcTemplate jdbc, Map<List<Object>, long[]> rows) {
        List<Object[]> batch = new ArrayList<>();
        for (Map.Entry<List<Object>, long[]> row : rows.entrySet()) {
            List<Object> params = new ArrayList<>(row.getKey());
            for (long amount : row.getValue()) {
                params.add(amount);
            }
            batch.add(params.toArray());
        }
        for (int from = 0; from < batch.size(); from += 1000) {
            jdbc.batchUpdate(mergeSql(), batch.subList(from, Math.min(batch.size(), from + 1000)));
        }
    }

    private String mergeSql() {
        List<String> all = new ArrayList<>(keys);
        all.addAll(counters);
        String values = all.stream().map(c -> "CAST(? AS " + type(c) + ")")
                .collect(Collectors.joining(", "));
        String on = keys.stream().map(c -> "t." + c + " = s." + c)
                .collect(Collectors.joining(" AND "));
        String set = counters.stream().map(c -> c + " = t." + c + " + s." + c)
                .collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + values + ")) AS s("
                + String.join(", ", all) + ") ON " + on + " WHEN MATCHED THEN UPDATE SET " + set
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    private String type(String column) {
        if (column.equals("on_day")) {
            return "DATE";
        }
        return keys.contains(column) && !column.equals("agent_id") ? "VARCHAR(40)" : "BIGINT";
    }

    /** The amounts an NPS answer (0-10) adds to {@link #NPS}. */
    static long[] npsAmounts(int score) {
        return new long[] {1, score >= 9 ? 1 : 0, score == 7 || score == 8 ? 1 : 0,
            score <= 6 ? 1 : 0};
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
