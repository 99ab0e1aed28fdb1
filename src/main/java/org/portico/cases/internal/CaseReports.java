package org.portico.cases.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.portico.cases.CaseCounts;
import org.portico.cases.CaseStatistics;
import org.portico.cases.CustomerCaseHistory;
import org.portico.cases.PastCases;
import org.portico.cases.WeeklyTopicCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views over cases: volumes for dashboards and an account's history for agents.
 */
@Service
@Transactional(readOnly = true)
class CaseReports implements CaseStatistics, CustomerCaseHistory {

    private static final int HISTORY_LIMIT = 200;

    private final JdbcClient jdbc;
    private final CaseStore store;

    CaseReports(JdbcClient jdbc, CaseStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * The rows are counted here rather than grouped in SQL because truncating a timestamp to
     * a week is written differently on H2 and PostgreSQL.
     */
    @Override
    public List<WeeklyTopicCount> weeklyByTopic(LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
        jdbc.sql("""
                SELECT topic, created_at FROM support_case
                WHERE created_at >= ? AND created_at < ?""")
                .params(CaseStore.utc(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
                        CaseStore.utc(to.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(rs -> {
                    LocalDate day = LocalDate.ofInstant(CaseStore.instant(rs, "created_at"),
                            ZoneOffset.UTC);
                    weeks.computeIfAbsent(monday(day), week -> new TreeMap<>())
                            .merge(rs.getString("topic"), 1L, Long::sum);
                });
        return weeks.entrySet().stream()
                .flatMap(week -> week.getValue().entrySet().stream()
                        .map(topic -> new WeeklyTopicCount(week.getKey(), topic.getKey(),
                                topic.getValue())))
                .sorted(Comparator.comparing(WeeklyTopicCount::weekStart))
                .toList();
    }

    @Override
    public CaseCounts counts() {
        long open = jdbc.sql("""
                SELECT COUNT(*) FROM support_case WHERE status NOT IN ('SOLVED', 'CLOSED')""")
                .query(Long.class).single();
        long solved = jdbc.sql("""
                SELECT COUNT(*) FROM support_case WHERE status IN ('SOLVED', 'CLOSED')""")
                .query(Long.class).single();
        return new CaseCounts(open, solved);
    }

    @Override
    public PastCases ofAccount(long accountId, String exceptNumber) {
        return new PastCases(store.list("account_id = :account AND number <> :except",
                Map.of("account", accountId, "except", exceptNumber == null ? "" : exceptNumber),
                HISTORY_LIMIT));
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
