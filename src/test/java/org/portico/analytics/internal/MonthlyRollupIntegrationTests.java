package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.analytics.internal.ScorecardIntegrationTests.past;
import static org.portico.analytics.internal.ScorecardIntegrationTests.uniqueSite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.portico.cases.CaseFacts;
import org.portico.cases.CaseHistory;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.CountingDataSource;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A long period reads its whole months from the month tables and only the days at its ends
 * from the day tables, and gets the same figures as the day rows alone, in the analytics time
 * zone (Europe/London), at month ends and across the clock changes.
 */
@PorticoIntegrationTest
class MonthlyRollupIntegrationTests {

    @Autowired
    Directory directory;

    @Autowired
    CaseHistory history;

    @Autowired
    Rollups rollups;

    @Autowired
    Scorecard scorecard;

    @Autowired
    RollupRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CaseFacts cases;

    @Autowired
    AnalyticsSettings settings;

    @Test
    void sumsWholeMonthsAndPartialEndsToTheFiguresOfTheDayRows() {
        PorticoUser lou = new CasePeople(directory).customer("Lou Long Period");
        String site = uniqueSite();
        history.importCases(List.of(
                past(lou, site, "Head of the period", "WEB", "2025-01-14T12:00:00Z",
                        "2025-01-20T12:00:00Z"),
                past(lou, site, "January last minute", "PHONE", "2025-01-31T23:59:00Z",
                        "2025-02-01T00:30:00Z"),
                past(lou, site, "February first minute", "WEB", "2025-02-01T00:00:00Z", null),
                // London starts summer time at 01:00 UTC on 30 March 2025 (a 23-hour day)
                past(lou, site, "Spring change", "EMAIL", "2025-03-30T00:30:00Z",
                        "2025-04-02T09:00:00Z"),
                past(lou, site, "March last minute", "WEB", "2025-03-31T22:59:00Z", null),
                past(lou, site, "April first minute", "WEB", "2025-03-31T23:00:00Z",
                        "2025-05-31T22:59:00Z"),
                past(lou, site, "Tail of the period", "CHAT", "2025-06-03T10:00:00Z",
                        "2025-06-03T11:00:00Z"),
                // London ends summer time at 01:00 UTC on 26 October 2025 (a 25-hour day)
                past(lou, site, "Autumn change", "WEB", "2025-10-26T23:30:00Z", null),
                past(lou, site, "October last minute", "WEB", "2025-10-31T23:59:00Z", null)));
        for (String at : List.of("2025-01-31T23:59:00Z", "2025-03-31T23:00:00Z",
                "2025-06-03T08:00:00Z")) {
            rollups.countNps(site, Instant.parse(at), 9);
            rollups.countCsat(site, "WEB", Instant.parse(at), 4);
            rollups.countDeflection(site, Instant.parse(at), Rollups.Deflection.CONFIRMED);
        }

        assertSameAsDayRows(site);
        assertThat(opened(site, "2025-01-14", "2025-06-03")).isEqualTo(7);
        assertThat(opened(site, "2025-01-01", "2025-01-31")).isEqualTo(2);
        assertThat(opened(site, "2025-02-01", "2025-03-31")).isEqualTo(3);
        assertThat(opened(site, "2025-04-01", "2025-05-31")).isEqualTo(1);
        assertThat(opened(site, "2025-10-01", "2025-10-31")).isEqualTo(2);
        assertThat(solved(site, "2025-02-01", "2025-05-31")).isEqualTo(3);

        rebuild.rebuild();

        assertSameAsDayRows(site);
        assertThat(opened(site, "2025-01-14", "2025-06-03")).isEqualTo(7);
    }

    @Test
    void aRebuildWritesEachMonthTableOnceFromItsDayTable() {
        PorticoUser mo = new CasePeople(directory).customer("Mo Month");
        String site = uniqueSite();
        history.importCases(List.of(
                past(mo, site, "Counted in May", "WEB", "2025-05-05T12:00:00Z",
                        "2025-05-06T12:00:00Z")));
        CountingDataSource statements = new CountingDataSource(dataSource);
        RollupRebuild counted = new RollupRebuild(new JdbcTemplate(statements.dataSource()),
                cases, settings);

        new TransactionTemplate(new DataSourceTransactionManager(statements.dataSource()))
                .executeWithoutResult(status -> counted.rebuild());

        for (Tally tally : Tally.ALL) {
            assertThat(statements.count(sql -> sql.contains(tally.months().table())))
                    .as(tally.months().table() + ": emptied, then summed from the days")
                    .isEqualTo(2);
        }
        assertThat(solved(site, "2025-05-01", "2025-05-31")).isEqualTo(1);
        assertSameAsDayRows(site);
    }

    /** Every counter of every rollup, over periods cut in different ways. */
    private void assertSameAsDayRows(String site) {
        List<String[]> periods = List.of(
                new String[] {"2025-01-14", "2025-06-03"},
                new String[] {"2025-02-01", "2025-05-31"},
                new String[] {"2025-02-01", "2025-02-28"},
                new String[] {"2025-01-31", "2025-02-01"},
                new String[] {"2025-03-30", "2025-03-30"},
                new String[] {"2025-03-15", "2025-04-14"},
                new String[] {"2025-01-01", "2025-12-31"},
                new String[] {"2025-03-31", "2025-10-26"});
        for (String[] period : periods) {
            ScorecardFilter filter = new ScorecardFilter(LocalDate.parse(period[0]),
                    LocalDate.parse(period[1]), site, null, null);
            for (Tally tally : Tally.ALL) {
                for (String counter : tally.counters()) {
                    List<Object> params = ScorecardFilter.params();
                    long split = sum("SELECT COALESCE(SUM(" + counter + "), 0)"
                            + filter.rows(tally, params, "site"), params);
                    List<Object> dayParams = ScorecardFilter.params();
                    long days = sum("SELECT COALESCE(SUM(" + counter + "), 0) FROM "
                            + tally.table() + filter.where(dayParams, "site"), dayParams);
                    assertThat(split).as(tally.table() + "." + counter + " "
                            + filter.from() + " to " + filter.to()).isEqualTo(days);
                }
            }
        }
    }

    private long opened(String site, String from, String to) {
        return scorecard.caseTotals(filter(site, from, to))[CountedCase.OPENED];
    }

    private long solved(String site, String from, String to) {
        return scorecard.caseTotals(filter(site, from, to))[CountedCase.SOLVED];
    }

    private static ScorecardFilter filter(String site, String from, String to) {
        return new ScorecardFilter(LocalDate.parse(from), LocalDate.parse(to), site, null,
                null);
    }

    private long sum(String sql, List<Object> params) {
        Long n = jdbc.queryForObject(sql, Long.class, params.toArray());
        return n == null ? 0 : n;
    }
}
