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
        return where.toString();
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
