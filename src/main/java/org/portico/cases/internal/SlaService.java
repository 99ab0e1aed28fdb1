package org.portico.cases.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portico.cases.CaseView;
import org.portico.cases.SlaState;
import org.portico.cases.ServiceLevels;
import org.portico.cases.internal.BusinessCalendar.Window;
import org.portico.cases.internal.SlaClock.Policy;
import org.portico.cases.internal.SlaClock.StatusChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service levels from the {@code sla_policy}, {@code business_*} and {@code case_event}
 * tables, worked out when asked (nothing is stored but the warnings already given).
 *
 * <p>The policies and calendars are kept in memory with the version of the settings they were
 * read at ({@code sla_settings_version}, which {@link SlaSettings} moves on in the same
 * transaction as any change): each use reads that one row and reads the settings again only
 * when another version is there, so a change saved on any node counts from the next check on
 * every node.
 */
@Service
class SlaService implements ServiceLevels {

    private static final String OPEN = "c.status IN ('NEW', 'OPEN', 'WAITING', 'ESCALATED')";

    private final JdbcClient jdbc;
    private final CaseTimeline timeline;
    private final Clock clock;
    private volatile Versioned known;

    SlaService(JdbcClient jdbc, CaseTimeline timeline, Clock clock) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SlaState> of(String number) {
        List<Measured> measured = measure("c.number = :number", Map.of("number", number));
        return measured.isEmpty() ? List.of() : measured.get(0).states();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SlaState> worstOf(Collection<String> numbers) {
        Map<String, SlaState> worst = new HashMap<>();
        if (numbers.isEmpty()) {
            return worst;
        }
        for (Measured m : measure("c.number IN (:numbers) AND " + OPEN,
                Map.of("numbers", numbers))) {
            SlaState state = SlaClock.worst(m.states());
            if (state != null) {
                worst.put(m.supportCase().view().number(), state);
            }
        }
        return worst;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseAtRisk> atRisk(int limit) {
        return allOpen().stream()
                .map(m -> new CaseAtRisk(m.supportCase().view(), SlaClock.worst(m.states())))
                .filter(r -> r.state() != null && r.state().atRisk())
                .sorted(Comparator.comparing((CaseAtRisk r) -> -r.state().level().ordinal())
                        .thenComparing(r -> r.state().left()))
                .limit(limit).toList();
    }

    /** Every open case with its targets. */
    List<Measured> allOpen() {
        return measure(OPEN, Map.of());
    }

    private List<Measured> measure(String where, Map<String, ?> params) {
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.number, c.site_slug, c.subject, c.description, c.status,
                       c.priority, c.topic, c.origin, c.requester_user_id, c.account_id,
                       c.created_at, c.updated_at, c.first_response_at, c.solved_at,
                       c.order_number, c.sla_warned_at, c.sla_breached_at, a.kind AS tier
                FROM support_case c JOIN customer_account a ON a.id = c.account_id
                WHERE\s""" + where)
                .params(params)
                .query((rs, n) -> new Row(new CaseStore.StoredCase(rs.getLong("id"),
                        CaseStore.caseView(rs)), rs.getString("tier"),
                        rs.getObject("sla_warned_at") != null,
                        rs.getObject("sla_breached_at") != null))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StatusChange>> changes = timeline.statusChanges("(" + where + ")",
                params);
        Map<Long, Instant> awaiting = awaitingReply("(" + where + ")", params);
        Policies policies = policies();
        Instant now = clock.instant();
        List<Measured> measured = new ArrayList<>();
        for (Row row : rows) {
            CaseView c = row.supportCase().view();
            PolicyOnCalendar policy = policies.forCase(c.priority(), row.tier());
            if (policy == null) {
                continue;
            }
            List<StatusChange> history = changes.getOrDefault(row.supportCase().id(),
                    List.of(new StatusChange(c.createdAt(), c.status())));
            measured.add(new Measured(row.supportCase(), SlaClock.states(policy.policy(),
                    policy.calendar(), history, c.firstResponseAt(),
                    awaiting.get(row.supportCase().id()), now), row.warned(), row.breached()));
        }
        return measured;
    }

    /** Joined like {@link CaseTimeline#statusChanges}, for the same reason. */
    private Map<Long, Instant> awaitingReply(String where, Map<String, ?> params) {
        Map<Long, Instant> since = new HashMap<>();
        jdbc.sql("""
                SELECT m.case_id, MIN(m.created_at) AS since FROM case_message m
                JOIN support_case c ON c.id = m.case_id
                WHERE m.author_kind = 'CUSTOMER' AND m.visibility = 'PUBLIC'
                  AND NOT EXISTS (SELECT 1 FROM case_message a
                      WHERE a.case_id = m.case_id AND a.author_kind = 'AGENT'
                        AND a.visibility = 'PUBLIC' AND a.created_at >= m.created_at)
                  AND\s""" + where + """

                GROUP BY m.case_id""")
                .params(params)
                .query(rs -> {
                    since.put(rs.getLong(1), CaseStore.instant(rs, "since"));
                });
        return since;
    }

    /**
     * The policies on their calendars, read again only when the settings have changed. A
     * database without the version row (emptied by hand) reads as version 0, not an error.
     */
    private Policies policies() {
        long version = jdbc.sql("SELECT version FROM sla_settings_version")
                .query(Long.class).optional().orElse(0L);
        Versioned kept = known;
        if (kept == null || kept.version() != version) {
            kept = new Versioned(version, readPolicies());
            known = kept;
        }
        return kept.policies();
    }

    private Policies readPolicies() {
        Map<Long, BusinessCalendar> calendars = calendars();
        Map<String, PolicyOnCalendar> byKey = new HashMap<>();
        jdbc.sql("""
                SELECT priority, tier, calendar_id, first_response_minutes,
                       next_response_minutes, resolution_minutes, warn_percent
                FROM sla_policy""")
                .query(rs -> {
                    byKey.put(rs.getString(1) + "/" + rs.getString(2), new PolicyOnCalendar(
                            new Policy(Duration.ofMinutes(rs.getInt(4)),
                                    Duration.ofMinutes(rs.getInt(5)),
                                    Duration.ofMinutes(rs.getInt(6)), rs.getInt(7)),
                            calendars.get(rs.getLong(3))));
                });
        return new Policies(byKey);
    }

    /**
     * Business time on the calendar of the policy that fits a priority and an account tier,
     * and that policy's targets judged as the SLA clock judges them, for many cases at once:
     * the policies and calendars are looked up once, here. Without a fitting policy the time
     * is counted round the clock and there is no target.
     */
    BusinessClock businessClock() {
        return new BusinessClock(policies());
    }

    /** Business time and service-level targets of the policies read at one moment. */
    static final class BusinessClock {

        private final Policies policies;

        private BusinessClock(Policies policies) {
            this.policies = policies;
        }

        /** Business time between two instants of a case with this priority and tier. */
        Duration between(String priority, String tier, Instant from, Instant to) {
            return calendar(policies.forCase(priority, tier)).between(from, to);
        }

        /** Whether a policy fits a case with this priority and tier (it has targets). */
        boolean hasTargets(String priority, String tier) {
            return policies.forCase(priority, tier) != null;
        }

        /**
         * Whether the first response at {@code respondedAt} met the first-response target of
         * the policy that fits, as {@link SlaClock} judges it: the business time the case was
         * with support (not waiting on the customer) until then, below the target;
         * {@code null} without a response or a fitting policy.
         *
         * @param changes the case's statuses with the instant each began, oldest first
         */
        Boolean firstResponseMet(String priority, String tier, List<StatusChange> changes,
                Instant respondedAt) {
            PolicyOnCalendar policy = policies.forCase(priority, tier);
            return respondedAt == null || policy == null ? null
                    : met(policy, changes, respondedAt, policy.policy().firstResponse());
        }

        /** The same for the resolution target, until the case was solved. */
        Boolean resolutionMet(String priority, String tier, List<StatusChange> changes,
                Instant solvedAt) {
            PolicyOnCalendar policy = policies.forCase(priority, tier);
            return solvedAt == null || policy == null ? null
                    : met(policy, changes, solvedAt, policy.policy().resolution());
        }

        /** A target is broken once its time has run out, as {@link SlaClock} judges it. */
        private static boolean met(PolicyOnCalendar policy, List<StatusChange> changes,
                Instant until, Duration target) {
            return SlaClock.activeTime(calendar(policy), changes, until).compareTo(target) < 0;
        }

        private static BusinessCalendar calendar(PolicyOnCalendar policy) {
            return policy == null || policy.calendar() == null
                    ? BusinessCalendar.roundTheClock() : policy.calendar();
        }
    }

    /** Every calendar with its hours and holidays, by id. */
    Map<Long, BusinessCalendar> calendars() {
        Map<Long, ZoneId> zones = new LinkedHashMap<>();
        jdbc.sql("SELECT id, time_zone FROM business_calendar").query(rs -> {
            zones.put(rs.getLong(1), ZoneId.of(rs.getString(2)));
        });
        Map<Long, Map<DayOfWeek, List<Window>>> hours = new HashMap<>();
        jdbc.sql("""
                SELECT calendar_id, day_of_week, opens_minute, closes_minute
                FROM business_hours ORDER BY calendar_id, day_of_week, opens_minute""")
                .query(rs -> {
                    hours.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(DayOfWeek.class))
                            .computeIfAbsent(DayOfWeek.of(rs.getInt(2)), d -> new ArrayList<>())
                            .add(Window.ofMinutes(rs.getInt(3), rs.getInt(4)));
                });
        Map<Long, Set<LocalDate>> holidays = new HashMap<>();
        jdbc.sql("SELECT calendar_id, holiday FROM business_holiday").query(rs -> {
            holidays.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                    .add(rs.getObject(2, LocalDate.class));
        });
        Map<Long, BusinessCalendar> calendars = new HashMap<>();
        zones.forEach((id, zone) -> calendars.put(id, new BusinessCalendar(zone,
                hours.getOrDefault(id, Map.of()), holidays.getOrDefault(id, Set.of()))));
        return calendars;
    }

    private record Row(CaseStore.StoredCase supportCase, String tier, boolean warned,
            boolean breached) {
    }

    /** An open case with its running targets and whether warnings were already given. */
    record Measured(CaseStore.StoredCase supportCase, List<SlaState> states, boolean warned,
            boolean breached) {
    }

    private record PolicyOnCalendar(Policy policy, BusinessCalendar calendar) {
    }

    /** The policies as read at a version of the settings. */
    private record Versioned(long version, Policies policies) {
    }

    private record Policies(Map<String, PolicyOnCalendar> byKey) {

        PolicyOnCalendar forCase(String priority, String tier) {
            PolicyOnCalendar policy = byKey.get(priority + "/" + tier);
            return policy != null ? policy : byKey.get("NORMAL/" + tier);
        }
    }
}
