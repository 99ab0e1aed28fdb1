package org.portico.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.portico.cases.ListedCase;

/**
 * The dashboard's tables as header and rows, for CSV export.
 */
final class ScorecardTables {

    static final List<String> NAMES = List.of("channels", "topics", "sites", "priorities",
            "agents", "trends", "speed", "satisfaction", "cases");

    private ScorecardTables() {
    }

    record Table(List<String> header, List<List<?>> rows) {
    }

    static Table of(String name, PeriodFigures figures, WeeklyTopics trends) {
        return switch (name) {
            case "channels" -> channels(figures);
            case "topics" -> counts("topic", figures.volume().byTopic());
            case "sites" -> counts("site", figures.volume().bySite());
            case "priorities" -> counts("priority", figures.volume().byPriority());
            case "agents" -> agents(figures);
            case "trends" -> trends(trends);
            case "speed" -> speed(figures);
            case "satisfaction" -> satisfaction(figures);
            default -> throw new org.portico.platform.NotFoundException("table " + name);
        };
    }

    static Table cases(List<ListedCase> cases) {
        List<List<?>> rows = new ArrayList<>();
        for (ListedCase c : cases) {
            rows.add(List.of(c.number(), c.subject(), c.site(), c.origin(), c.topic(),
                    c.priority(), c.status().name(), c.createdAt().toString(),
                    c.firstResponseAt() == null ? "" : c.firstResponseAt().toString(),
                    c.solvedAt() == null ? "" : c.solvedAt().toString()));
        }
        return new Table(List.of("number", "subject", "site", "channel", "topic", "priority",
                "status", "opened_at", "first_response_at", "solved_at"), rows);
    }

    private static Table channels(PeriodFigures figures) {
        List<List<?>> rows = new ArrayList<>();
        figures.costs().byChannel().forEach(c -> rows.add(List.of(c.channel(), c.cases(),
                c.unitCost().toPlainString(), c.cost().toPlainString())));
        return new Table(List.of("channel", "cases_opened", "unit_cost", "cost"), rows);
    }

    private static Table counts(String key, List<PeriodFigures.Row> counts) {
        List<List<?>> rows = new ArrayList<>();
        counts.forEach(r -> rows.add(List.of(r.key(), r.count())));
        return new Table(List.of(key, "cases_opened"), rows);
    }

    private static Table agents(PeriodFigures figures) {
        List<List<?>> rows = new ArrayList<>();
        if (figures.handle() != null) {
            figures.handle().byAgent().forEach(a -> rows.add(List.of(a.name(), a.sessions(),
                    String.format(Locale.ROOT, "%.1f", a.minutes()))));
        }
        return new Table(List.of("agent", "sessions", "handle_minutes"), rows);
    }

    /** Speed in calendar and business hours and SLA compliance ("" where there is no data). */
    private static Table speed(PeriodFigures figures) {
        PeriodFigures.Speed s = figures.speed();
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("first_responses", s.responded()));
        rows.add(List.of("first_response_hours", decimal(s.firstResponseHours())));
        rows.add(List.of("first_response_business_hours",
                decimal(s.firstResponseBusinessHours())));
        compliance(rows, "first_response_sla", s.firstResponseSla());
        rows.add(List.of("solved", s.solved()));
        rows.add(List.of("resolution_hours", decimal(s.resolutionHours())));
        rows.add(List.of("resolution_business_hours", decimal(s.resolutionBusinessHours())));
        compliance(rows, "resolution_sla", s.resolutionSla());
        return new Table(List.of("measure", "value"), rows);
    }

    private static void compliance(List<List<?>> rows, String name,
            PeriodFigures.Compliance compliance) {
        rows.add(List.of(name + "_share", compliance == null ? ""
                : decimal(compliance.share())));
        rows.add(List.of(name + "_met", compliance == null ? 0 : compliance.met()));
        rows.add(List.of(name + "_breached", compliance == null ? 0 : compliance.breached()));
    }

    private static Table satisfaction(PeriodFigures figures) {
        List<List<?>> rows = new ArrayList<>();
        PeriodFigures.Csat csat = figures.csat();
        if (csat != null) {
            rows.add(List.of("csat_satisfied_share", decimal(csat.satisfiedShare())));
            rows.add(List.of("csat_average", decimal(csat.average())));
            rows.add(List.of("csat_answers", csat.answers()));
            rows.add(List.of("csat_sent", csat.sent()));
            rows.add(List.of("csat_response_rate", decimal(csat.responseRate())));
        }
        PeriodFigures.Nps nps = figures.nps();
        if (nps != null) {
            rows.add(List.of("nps", decimal(nps.score())));
            rows.add(List.of("nps_promoters", nps.promoters()));
            rows.add(List.of("nps_passives", nps.passives()));
            rows.add(List.of("nps_detractors", nps.detractors()));
            rows.add(List.of("nps_answers", nps.answers()));
            rows.add(List.of("nps_sent", nps.sent()));
            rows.add(List.of("nps_response_rate", decimal(nps.responseRate())));
        }
        return new Table(List.of("measure", "value"), rows);
    }

    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static Table trends(WeeklyTopics trends) {
        List<String> header = new ArrayList<>(List.of("week"));
        trends.topics().forEach(t -> header.add(t.key()));
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < trends.weeks().size(); i++) {
            List<Object> row = new ArrayList<>(List.of(trends.weeks().get(i).toString()));
            for (WeeklyTopics.Series t : trends.topics()) {
                row.add(t.counts().get(i) + (t.spikes().get(i) ? "*" : ""));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }
}
