package org.portico.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.portico.cases.CaseSearch;
import org.portico.identity.Directory;
import org.portico.identity.StaffMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the scorecard's measures from the rollups only: each figure is a sum over at most
 * one row per day and dimension, never a scan of the cases.
 */
@Service
@Transactional(readOnly = true)
class Scorecard {

    private static final String[] CASE_DIMENSIONS = {"site", "channel", "topic"};

    private final JdbcTemplate jdbc;
    private final UnitCosts unitCosts;
    private final Directory directory;

    Scorecard(JdbcTemplate jdbc, UnitCosts unitCosts, Directory directory) {
        this.jdbc = jdbc;
        this.unitCosts = unitCosts;
        this.directory = directory;
    }

    PeriodFigures figures(ScorecardFilter filter) {
        List<CaseCell> cells = caseCells(filter);
        long[] totals = totals(cells);
        PeriodFigures.Volume volume = new PeriodFigures.Volume(totals[0], totals[3],
                breakdown(cells, "channel"), breakdown(cells, "topic"),
                breakdown(cells, "site"), breakdown(cells, "priority"));
        PeriodFigures.Speed speed = new PeriodFigures.Speed(totals[1],
                hours(totals[2], totals[1]), totals[3], hours(totals[4], totals[3]),
                hours(totals[5], totals[1]), hours(totals[6], totals[3]),
                PeriodFigures.Compliance.of(totals[7], totals[8]),
                PeriodFigures.Compliance.of(totals[9], totals[10]));
        PeriodFigures.Costs costs = costs(volume);
        PeriodFigures.Avoided avoided = avoided(filter, costs);
        return new PeriodFigures(filter, volume, speed, costs, avoided,
                selfServiceRatio(filter, totals[0]), handle(filter, totals[3]), csat(filter),
                nps(filter), community(filter));
    }

    /**
     * Every counter of the case rollup in {@link Tally#CASES} order: opened, responded,
     * response seconds, solved, resolution seconds, the response and resolution seconds in
     * business time, and the responses and solves with a service-level target and those that
     * met it.
     */
    long[] caseTotals(ScorecardFilter filter) {
        return totals(caseCells(filter));
    }

    /** The case counters of the period summed per site, channel, topic and priority. */
    private record CaseCell(Map<String, String> keys, long[] counters) {
    }

    /**
     * One query for the totals and every breakdown of the cases: the combinations of site,
     * channel, topic and priority are few (each query costs more than adding them up here).
     */
    private List<CaseCell> caseCells(ScorecardFilter filter) {
        List<Object> params = ScorecardFilter.params();
        List<String> counters = Tally.CASES.counters();
        List<String> dimensions = Tally.CASES.dimensions();
        String sums = counters.stream().map(c -> "SUM(" + c + ")")
                .collect(Collectors.joining(", "));
        String keys = String.join(", ", dimensions);
        return jdbc.query("SELECT " + keys + ", " + sums + cases(filter, params) + " GROUP BY "
                + keys, (rs, n) -> {
                    Map<String, String> values = new HashMap<>();
                    for (String dimension : dimensions) {
                        values.put(dimension, rs.getString(dimension));
                    }
                    long[] sum = new long[counters.size()];
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] = rs.getLong(dimensions.size() + i + 1);
                    }
                    return new CaseCell(values, sum);
                }, params.toArray());
    }

    private static long[] totals(List<CaseCell> cells) {
        long[] totals = new long[Tally.CASES.counters().size()];
        for (CaseCell cell : cells) {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += cell.counters()[i];
            }
        }
        return totals;
    }

    /** Cases opened per value of a dimension, most first, without the values that had none. */
    private static List<PeriodFigures.Row> breakdown(List<CaseCell> cells, String dimension) {
        Map<String, Long> opened = new HashMap<>();
        cells.forEach(c -> opened.merge(c.keys().get(dimension),
                c.counters()[CountedCase.OPENED], Long::sum));
        return opened.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new PeriodFigures.Row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(PeriodFigures.Row::count).reversed()
                        .thenComparing(PeriodFigures.Row::key))
                .toList();
    }

    /** The case rollup's rows for the filter, whole months read from the month table. */
    private static String cases(ScorecardFilter filter, List<Object> params) {
        return filter.rows(Tally.CASES, params, CASE_DIMENSIONS);
    }

    /**
     * How many cases a drill-down lists, from the rollups: opened, first answered or solved
     * (by {@code basis}) in the period, optionally of one priority.
     */
    long count(ScorecardFilter filter, CaseSearch.Basis basis, String priority) {
        String counter = switch (basis) {
            case OPENED -> "opened";
            case RESPONDED -> "responded";
            case SOLVED -> "solved";
        };
        return sum(filter, counter, priority);
    }

    /** How many first responses or resolutions in the period broke their target. */
    long count(ScorecardFilter filter, Breach breach, String priority) {
        return sum(filter, breach.counted(), priority);
    }

    private long sum(ScorecardFilter filter, String counted, String priority) {
        List<Object> params = ScorecardFilter.params();
        String rows = cases(filter, params);
        if (priority != null) {
            rows += " WHERE priority = ?";
            params.add(priority);
        }
        return count("SELECT COALESCE(SUM(" + counted + "), 0)" + rows, params);
    }

    /**
     * Cases opened per day and topic, for the weekly charts: the day rows as they are, one per
     * site, channel and priority too, which the caller adds up by week (grouping them in SQL
     * first costs more than that sum).
     */
    List<DayCount> dailyByTopic(ScorecardFilter filter) {
        List<Object> params = ScorecardFilter.params();
        String where = filter.where(params, CASE_DIMENSIONS);
        return jdbc.query("SELECT on_day, topic, opened AS n FROM analytics_case_day" + where
                + " AND opened > 0",
                (rs, i) -> new DayCount(rs.getObject("on_day", java.time.LocalDate.class),
                        rs.getString("topic"), rs.getLong("n")), params.toArray());
    }

    /** Cases opened on a day under a key. */
    record DayCount(java.time.LocalDate day, String key, long count) {
    }

    private PeriodFigures.Costs costs(PeriodFigures.Volume volume) {
        Map<String, BigDecimal> units = unitCosts.all();
        Map<String, Long> cases = volume.byChannel().stream()
                .collect(Collectors.toMap(PeriodFigures.Row::key, PeriodFigures.Row::count));
        List<PeriodFigures.ChannelCost> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> unit : units.entrySet()) {
            long n = cases.getOrDefault(unit.getKey(), 0L);
            BigDecimal cost = unit.getValue().multiply(BigDecimal.valueOf(n));
            rows.add(new PeriodFigures.ChannelCost(unit.getKey(), n, unit.getValue(), cost));
            total = total.add(cost);
        }
        return new PeriodFigures.Costs(rows, total, divide(total, volume.opened()),
                divide(total, volume.solved()));
    }

    private PeriodFigures.Avoided avoided(ScorecardFilter filter, PeriodFigures.Costs costs) {
        List<Object> params = ScorecardFilter.params();
        String rows = filter.rows(Tally.DEFLECTIONS, params, "site");
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Rollups.Deflection kind : Rollups.Deflection.values()) {
            byKind.put(kind.name(), 0L);
        }
        jdbc.query("SELECT kind, SUM(total) AS n" + rows + " GROUP BY kind", rs -> {
                    byKind.put(rs.getString("kind"), rs.getLong("n"));
                }, params.toArray());
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        BigDecimal perCase = costs.perCase() == null ? BigDecimal.ZERO : costs.perCase();
        return new PeriodFigures.Avoided(byKind, total,
                perCase.multiply(BigDecimal.valueOf(total)).setScale(2, RoundingMode.HALF_EVEN));
    }

    private Double selfServiceRatio(ScorecardFilter filter, long opened) {
        List<Object> params = ScorecardFilter.params();
        Long selfService = jdbc.queryForObject("SELECT SUM(self_service)"
                + filter.rows(Tally.VISITS, params, "site"), Long.class, params.toArray());
        if (selfService == null || selfService == 0 || opened == 0) {
            return null;
        }
        return (double) selfService / opened;
    }

    private PeriodFigures.Handle handle(ScorecardFilter filter, long solved) {
        List<HandleCell> cells = handleCells(filter);
        List<PeriodFigures.HandleRow> byAgent = handleBy(cells, HandleCell::agent);
        if (byAgent.isEmpty()) {
            return null;
        }
        Map<Long, String> names = directory.caseWorkers().stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        List<PeriodFigures.HandleRow> named = byAgent.stream()
                .map(r -> new PeriodFigures.HandleRow(r.key(),
                        names.getOrDefault(Long.valueOf(r.key()), "#" + r.key()), r.sessions(),
                        r.seconds()))
                .toList();
        long seconds = byAgent.stream().mapToLong(PeriodFigures.HandleRow::seconds).sum();
        long sessions = byAgent.stream().mapToLong(PeriodFigures.HandleRow::sessions).sum();
        return new PeriodFigures.Handle(seconds, sessions,
                solved == 0 ? null : seconds / 60.0 / solved, named,
                handleBy(cells, HandleCell::channel), handleBy(cells, HandleCell::topic));
    }

    /** Handle sessions and seconds of the period per agent, channel and topic. */
    private record HandleCell(String agent, String channel, String topic, long sessions,
            long seconds) {
    }

    /** One query for the handle time by agent, channel and topic (their combinations). */
    // TODO(#9): a breakdown by queue once cases belong to queues
    private List<HandleCell> handleCells(ScorecardFilter filter) {
        List<Object> params = ScorecardFilter.params();
        return jdbc.query("SELECT agent_id, channel, topic, SUM(sessions), SUM(seconds)"
                + filter.rows(Tally.HANDLE, params, CASE_DIMENSIONS)
                + " GROUP BY agent_id, channel, topic", (rs, i) -> new HandleCell(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)), params.toArray());
    }

    /** Handle time per value of one dimension, most seconds first. */
    private static List<PeriodFigures.HandleRow> handleBy(List<HandleCell> cells,
            Function<HandleCell, String> dimension) {
        Map<String, long[]> sums = new HashMap<>();
        for (HandleCell cell : cells) {
            long[] sum = sums.computeIfAbsent(dimension.apply(cell), k -> new long[2]);
            sum[0] += cell.sessions();
            sum[1] += cell.seconds();
        }
        return sums.entrySet().stream()
                .map(e -> new PeriodFigures.HandleRow(e.getKey(), e.getKey(), e.getValue()[0],
                        e.getValue()[1]))
                .sorted(Comparator.comparingLong(PeriodFigures.HandleRow::seconds).reversed()
                        .thenComparing(PeriodFigures.HandleRow::key))
                .toList();
    }

    private PeriodFigures.Csat csat(ScorecardFilter filter) {
        List<Object> params = ScorecardFilter.params();
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(sent), 0), COALESCE(SUM(answers), 0),
                    COALESCE(SUM(score_sum), 0), COALESCE(SUM(satisfied), 0)"""
                + filter.rows(Tally.CSAT, params, "site", "channel"), (rs, n) -> {
                    long sent = rs.getLong(1);
                    long answers = rs.getLong(2);
                    if (answers == 0) {
                        return null;
                    }
                    return new PeriodFigures.Csat(sent, answers,
                            (double) rs.getLong(4) / answers, (double) rs.getLong(3) / answers,
                            sent == 0 ? null : (double) answers / sent);
                }, params.toArray());
    }

    PeriodFigures.Nps nps(ScorecardFilter filter) {
        List<Object> params = ScorecardFilter.params();
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(sent), 0), COALESCE(SUM(promoters), 0),
                    COALESCE(SUM(passives), 0), COALESCE(SUM(detractors), 0)"""
                + filter.rows(Tally.NPS, params, "site"), (rs, n) -> npsOf(rs.getLong(1),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4)), params.toArray());
    }

    /**
     * NPS = % of answers 9-10 (promoters) minus % of answers 0-6 (detractors), from -100 to
     * 100; {@code null} without answers. The response rate is answers ÷ surveys sent.
     */
    static PeriodFigures.Nps npsOf(long sent, long promoters, long passives,
            long detractors) {
        long answers = promoters + passives + detractors;
        if (answers == 0) {
            return null;
        }
        double score = 100.0 * (promoters - detractors) / answers;
        return new PeriodFigures.Nps(sent, answers, promoters, passives, detractors, score,
                ratio(answers, sent));
    }

    private PeriodFigures.Community community(ScorecardFilter filter) {
        List<Object> params = ScorecardFilter.params();
        long[] c = jdbc.queryForObject("""
                SELECT COALESCE(SUM(questions), 0), COALESCE(SUM(answers), 0),
                    COALESCE(SUM(answered), 0), COALESCE(SUM(answered_by_peers), 0),
                    COALESCE(SUM(first_answer_seconds), 0)"""
                + filter.rows(Tally.COMMUNITY, params, "site"),
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5)}, params.toArray());
        List<Object> dayParams = ScorecardFilter.params();
        long activeDays = count("SELECT COUNT(*) FROM analytics_member_day"
                + filter.where(dayParams, "site"), dayParams);
        if (c[0] == 0 && c[1] == 0 && activeDays == 0) {
            return null;
        }
        List<Object> monthParams = ScorecardFilter.params();
        String lastMonth = filter.during(filter.to().minusDays(29), filter.to())
                .where(monthParams, "site");
        long monthly = count("SELECT COUNT(DISTINCT member_id) FROM analytics_member_day"
                + lastMonth, monthParams);
        double daily = (double) activeDays / filter.days();
        return new PeriodFigures.Community(c[0], c[1], ratio(c[2], c[0]), ratio(c[3], c[2]),
                c[2] == 0 ? null : c[4] / 3600.0 / c[2], daily, monthly,
                monthly == 0 ? null : daily / monthly);
    }

    private long count(String sql, List<Object> params) {
        Long n = jdbc.queryForObject(sql, Long.class, params.toArray());
        return n == null ? 0 : n;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double hours(long seconds, long count) {
        return count == 0 ? null : seconds / 3600.0 / count;
    }

    private static BigDecimal divide(BigDecimal total, long count) {
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 2,
                RoundingMode.HALF_EVEN);
    }
}
