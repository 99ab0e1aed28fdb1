package org.portico.analytics.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's filters: a span of days (both included) and optionally one site, channel and
 * topic ({@code null} for all).
 */
record ScorecardFilter(LocalDate from, LocalDate to, String site, String channel, String topic) {

    ScorecardFilter {
        site = blankToNull(site);
        channel = blankToNull(channel);
        topic = blankToNull(topic);
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
    }

    ScorecardFilter during(LocalDate start, LocalDate end) {
        return new ScorecardFilter(start, end, site, channel, topic);
    }

    long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /**
     * A SQL condition over a rollup table and its parameters; {@code dimensions} names the
     * filters the table has (site, channel, topic).
     */
    String where(List<Object> params, String... dimensions) {
        StringBuilder where = new StringBuilder(" WHERE on_day >= ? AND on_day <= ?");
        params.add(from);
        params.add(to);
        appendDimensions(where, params, dimensions);
        return where.toString();
    }

    private void appendDimensions(StringBuilder where, List<Object> params,
            String... dimensions) {
        for (String dimension : dimensions) {
            String value = switch (dimension) {
                case "site" -> site;
                case "channel" -> channel;
                case "topic" -> topic;
                default -> throw new IllegalArgumentException(dimension);
            };
            if (value != null) {
                where.append(" AND ").append(dimension).append(" = ?");
                params.add(value);
            }
        }
    }

    /**
     * The rows of a rollup that cover the filter's days, as a derived table {@code r} (with the
     * rollup's dimensions and counters, not its day): the whole calendar months from its month
     * table, the days before the first and after the last whole month from its day table, each
     * with the filter's {@code dimensions}. The months are months of the same time zone as the
     * days, so the sum is the same as over the days alone.
     */
    String rows(Tally tally, List<Object> params, String... dimensions) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from
                : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = to.plusDays(1).withDayOfMonth(1);
        List<String> parts = new ArrayList<>();
        if (!firstWhole.isBefore(afterWhole)) {
            parts.add(select(tally, Tally.DAY, from, to.plusDays(1), params, dimensions));
        } else {
            if (from.isBefore(firstWhole)) {
                parts.add(select(tally, Tally.DAY, from, firstWhole, params, dimensions));
            }
            parts.add(select(tally.months(), Tally.MONTH, firstWhole, afterWhole, params,
                    dimensions));
            if (!to.isBefore(afterWhole)) {
                parts.add(select(tally, Tally.DAY, afterWhole, to.plusDays(1), params,
                        dimensions));
            }
        }
        return " FROM (" + String.join(" UNION ALL ", parts) + ") r";
    }

    private String select(Tally tally, String column, LocalDate start, LocalDate end,
            List<Object> params, String... dimensions) {
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(String.join(", ", tally.dimensions())).append(", ")
                .append(String.join(", ", tally.counters())).append(" FROM ")
                .append(tally.table()).append(" WHERE ").append(column).append(" >= ? AND ")
                .append(column).append(" < ?");
        params.add(start);
        params.add(end);
        appendDimensions(sql, params, dimensions);
        return sql.toString();
    }

    /** The filters as address parameters, for links to the cases and the exports. */
    public String query() {
        StringBuilder q = new StringBuilder("from=" + from + "&to=" + to);
        for (String[] pair : new String[][] {{"site", site}, {"channel", channel},
            {"topic", topic}}) {
            if (pair[1] != null) {
                q.append('&').append(pair[0]).append('=')
                        .append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    static List<Object> params() {
        return new ArrayList<>();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
