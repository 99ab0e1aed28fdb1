package org.portico.analytics.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every scorecard measure for one period and one set of filters. A measure whose source has
 * recorded nothing in the period is {@code null} ("no data yet").
 */
record PeriodFigures(ScorecardFilter filter, Volume volume, Speed speed, Costs costs,
        Avoided avoided, Double selfServiceRatio, Handle handle, Csat csat, Nps nps,
        Community community) {

    /** Cases opened and solved; the breakdowns count cases opened. */
    record Volume(long opened, long solved, List<Row> byChannel, List<Row> byTopic,
            List<Row> bySite, List<Row> byPriority) {
    }

    /** A count under one name (a channel, topic, site or priority key). */
    record Row(String key, long count) {
    }

    /**
     * Average first response and resolution in hours (calendar time), {@code null} if none, and
     * the share of them that met their service-level target.
     */
    record Speed(long responded, Double firstResponseHours, long solved, Double resolutionHours,
            Double firstResponseBusinessHours, Double resolutionBusinessHours,
            Compliance firstResponseSla, Compliance resolutionSla) {
    }

    /**
     * Responses (or solves) in the period that had a service-level target and those that met
     * it; {@code null} when none had a target.
     */
    record Compliance(long targeted, long met, long breached, double share) {

        static Compliance of(long targeted, long met) {
            return targeted == 0 ? null
                    : new Compliance(targeted, met, targeted - met, (double) met / targeted);
        }
    }

    /** Unit cost × cases opened per channel, per opened case and per solved case. */
    record Costs(List<ChannelCost> byChannel, BigDecimal total, BigDecimal perCase,
            BigDecimal perSolvedCase) {
    }

    record ChannelCost(String channel, long cases, BigDecimal unitCost, BigDecimal cost) {
    }

    /** Cases avoided per kind, their total and the estimated saving. */
    record Avoided(Map<String, Long> byKind, long total, BigDecimal saving) {
    }

    /** Handle time: seconds and sessions, per agent, channel and topic. */
    record Handle(long seconds, long sessions, Double minutesPerSolvedCase,
            List<HandleRow> byAgent, List<HandleRow> byChannel, List<HandleRow> byTopic) {
    }

    record HandleRow(String key, String name, long sessions, long seconds) {

        public double minutes() {
            return seconds / 60.0;
        }

        public double minutesPerSession() {
            return sessions == 0 ? 0 : seconds / 60.0 / sessions;
        }
    }

    record Csat(long sent, long answers, double satisfiedShare, double average,
            Double responseRate) {
    }

    /** NPS from -100 to 100; the response rate is {@code null} when no survey was sent. */
    record Nps(long sent, long answers, long promoters, long passives, long detractors,
            double score, Double responseRate) {
    }

    record Community(long questions, long answers, Double answeredShare, Double peerShare,
            Double hoursToFirstAnswer, double dailyActive, long monthlyActive,
            Double stickiness) {
    }
}
