package org.portico.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.CaseFact;
import org.portico.cases.CaseFacts;
import org.portico.surveys.PastNpsSurveysImported;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the scorecard's read models. Listeners call it as events arrive: the case
 * events, deflections, visits, CSAT and NPS (surveys sent and answered) and community
 * activity. Every count lands on a calendar day of the analytics time zone.
 */
@Service
@Transactional
class Rollups {

    /** Ways a case was avoided. */
    enum Deflection {
        /** A customer said a suggestion answered the question and did not open the case. */
        CONFIRMED,
        /** A case form abandoned within 30 minutes of opening a suggestion. */
        POTENTIAL,
        /** A community question solved by peers without a case. */
        COMMUNITY,
        /** A bot conversation resolved without a person. */
        BOT
    }

    static final String CONSOLE = "CONSOLE";
    static final String IMPORT = "IMPORT";

    static final String INSERT_CASE = """
            INSERT INTO analytics_case (site, channel, topic, priority, opened_at,
                first_response_at, solved_at, response_business_seconds,
                resolution_business_seconds, first_response_met, resolution_met, number)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final CaseFacts cases;
    private final DayBuckets buckets;

    Rollups(JdbcTemplate jdbc, CaseFacts cases, AnalyticsSettings settings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.buckets = settings.buckets();
    }

    /** Counts the case as it stands now, moving whatever was counted for it before. */
    void refreshCase(String number) {
        cases.fact(number).ifPresent(this::count);
    }

    /** Counts the cases numbered from {@code first} to {@code last}. */
    void refreshCases(String first, String last) {
        Map<String, CountedCase> before = new HashMap<>();
        jdbc.query("SELECT * FROM analytics_case WHERE number BETWEEN ? AND ?", rs -> {
            CountedCase c = counted(rs);
            before.put(c.number(), c);
        }, first, last);
        Tally.Pending pending = new Tally.Pending(Tally.CASES);
        List<CountedCase> changed = new ArrayList<>();
        for (CaseFact fact : cases.range(first, last)) {
            CountedCase now = CountedCase.of(fact);
            CountedCase old = before.get(fact.number());
            if (!now.sameCounts(old)) {
                if (old != null) {
                    old.addTo(pending, buckets, -1);
                }
                now.addTo(pending, buckets, 1);
                changed.add(now);
            }
        }
        Tally.CASES.addAll(jdbc, pending.rows());
        List<Object[]> inserts = new ArrayList<>();
        for (CountedCase c : changed) {
            if (before.containsKey(c.number())) {
                save(c, true);
            } else {
                inserts.add(c.row());
            }
        }
        jdbc.batchUpdate(INSERT_CASE, inserts);
    }

    void countHandleTime(String number, long agentId, Instant endedAt, long seconds,
            String source) {
        countedNow(number).ifPresent(c -> Tally.HANDLE.add(jdbc, List.of(buckets.day(endedAt),
                c.site(), c.channel(), c.topic(), agentId, source), 1, seconds));
    }

    void countDeflection(String site, Instant at, Deflection kind) {
        Tally.DEFLECTIONS.add(jdbc, List.of(buckets.day(at), site, kind.name()), 1);
    }

    /**
     * Counts a help-site visit once per visitor key and day; {@code selfService} when the
     * visit read an article, searched or used the community.
     */
    // TODO(#9): purge analytics_visit_seen rows older than a few days
    void countVisit(String site, Instant at, String visitKey, boolean selfService,
            boolean search, boolean articleView) {
        LocalDate day = buckets.day(at);
        Boolean seen = jdbc.query("SELECT self_service FROM analytics_visit_seen"
                + " WHERE visit_key = ? AND on_day = ?", rs -> rs.next() ? rs.getBoolean(1) : null,
                visitKey, day);
        long newVisit = seen == null ? 1 : 0;
        long newSelfService = selfService && !Boolean.TRUE.equals(seen) ? 1 : 0;
        if (seen == null) {
            jdbc.update("INSERT INTO analytics_visit_seen (visit_key, on_day, self_service)"
                    + " VALUES (?, ?, ?)", visitKey, day, selfService);
        } else if (newSelfService == 1) {
            jdbc.update("UPDATE analytics_visit_seen SET self_service = TRUE"
                    + " WHERE visit_key = ? AND on_day = ?", visitKey, day);
        }
        Tally.VISITS.add(jdbc, List.of(day, site), newVisit, newSelfService, search ? 1 : 0,
                articleView ? 1 : 0);
    }

    void countCsatSent(String site, String channel, Instant at) {
        Tally.CSAT.add(jdbc, List.of(buckets.day(at), site, channel), 1, 0, 0, 0);
    }

    /** Counts a CSAT answer (1-5). */
    void countCsat(String site, String channel, Instant at, int score) {
        Tally.CSAT.add(jdbc, List.of(buckets.day(at), site, channel), 0, 1, score,
                score >= 4 ? 1 : 0);
    }

    /** Counts a CSAT answer (1-5) on a case, in the case's site and channel. */
    void countCaseCsat(String number, Instant at, int score) {
        countedNow(number).ifPresent(c -> countCsat(c.site(), c.channel(), at, score));
    }

    /** Counts a satisfaction question asked about a case, in the case's site and channel. */
    void countCaseCsatSent(String number, Instant at) {
        countedNow(number).ifPresent(c -> countCsatSent(c.site(), c.channel(), at));
    }

    void countNpsSent(String site, Instant at) {
        Tally.NPS.add(jdbc, List.of(buckets.day(at), site), 1, 0, 0, 0, 0);
    }

    /** Counts an NPS answer (0-10) as a promoter, a passive or a detractor. */
    void countNps(String site, Instant at, int score) {
        Tally.Pending pending = new Tally.Pending(Tally.NPS);
        addNpsAnswer(pending, List.of(buckets.day(at), site), score);
        Tally.NPS.addAll(jdbc, pending.rows());
    }

    /** Counts NPS surveys of the past, sent and answered, at once. */
    void countPastNps(PastNpsSurveysImported past) {
        Tally.Pending pending = new Tally.Pending(Tally.NPS);
        past.sent().forEach(s -> pending.add(List.of(buckets.day(s.at()), s.site()), 0, 1));
        past.answered().forEach(a -> addNpsAnswer(pending, List.of(buckets.day(a.at()),
                a.site()), a.score()));
        Tally.NPS.addAll(jdbc, pending.rows());
    }

    static void addNpsAnswer(Tally.Pending pending, List<Object> key, int score) {
        pending.add(key, 1, 1);
        pending.add(key, score >= 9 ? 2 : score >= 7 ? 3 : 4, 1);
    }

    void countCommunityQuestion(String site, Instant at) {
        Tally.COMMUNITY.add(jdbc, List.of(buckets.day(at), site), 1, 0, 0, 0, 0);
    }

    /**
     * Counts an answer; the first answer to a question also counts the question as answered
     * (by a peer when the author is not staff) with the seconds it waited.
     */
    void countCommunityAnswer(String site, Instant at, boolean first, boolean byPeer,
            long secondsToFirst) {
        Tally.COMMUNITY.add(jdbc, List.of(buckets.day(at), site), 0, 1, first ? 1 : 0,
                first && byPeer ? 1 : 0, first ? secondsToFirst : 0);
    }

    void countActiveMember(String site, Instant at, long memberId) {
        LocalDate day = buckets.day(at);
        Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM analytics_member_day"
                + " WHERE on_day = ? AND site = ? AND member_id = ?", Integer.class, day, site,
                memberId);
        if (seen == null || seen == 0) {
            jdbc.update("INSERT INTO analytics_member_day (on_day, site, member_id)"
                    + " VALUES (?, ?, ?)", day, site, memberId);
        }
    }

    private void count(CaseFact fact) {
        CountedCase now = CountedCase.of(fact);
        Optional<CountedCase> before = counted(fact.number());
        if (now.sameCounts(before.orElse(null))) {
            return;
        }
        Tally.Pending pending = new Tally.Pending(Tally.CASES);
        before.ifPresent(old -> old.addTo(pending, buckets, -1));
        now.addTo(pending, buckets, 1);
        Tally.CASES.addAll(jdbc, pending.rows());
        save(now, before.isPresent());
    }

    private void save(CountedCase c, boolean exists) {
        if (exists) {
            jdbc.update("""
                    UPDATE analytics_case SET site = ?, channel = ?, topic = ?, priority = ?,
                        opened_at = ?, first_response_at = ?, solved_at = ?,
                        response_business_seconds = ?, resolution_business_seconds = ?,
                        first_response_met = ?, resolution_met = ?
                    WHERE number = ?""", c.row());
        } else {
            jdbc.update(INSERT_CASE, c.row());
        }
    }

    /** The case as counted, counting it first if no event has yet. */
    private Optional<CountedCase> countedNow(String number) {
        Optional<CountedCase> counted = counted(number);
        if (counted.isEmpty()) {
            refreshCase(number);
            counted = counted(number);
        }
        return counted;
    }

    private Optional<CountedCase> counted(String number) {
        return jdbc.query("SELECT * FROM analytics_case WHERE number = ?",
                (rs, n) -> counted(rs), number).stream().findFirst();
    }

    static CountedCase counted(ResultSet rs) throws SQLException {
        return new CountedCase(rs.getString("number"), rs.getString("site"),
                rs.getString("channel"), rs.getString("topic"), rs.getString("priority"),
                instant(rs, "opened_at"), instant(rs, "first_response_at"),
                instant(rs, "solved_at"), rs.getObject("response_business_seconds", Long.class),
                rs.getObject("resolution_business_seconds", Long.class),
                rs.getObject("first_response_met", Boolean.class),
                rs.getObject("resolution_met", Boolean.class));
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
