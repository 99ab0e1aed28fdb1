package org.portico.analytics.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portico.cases.CaseFacts;
import org.portico.cases.CaseSearch;
import org.portico.cases.ListedCase;
import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.Csv;
import org.portico.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The scorecard: tiles, charts and tables for supervisors and site managers, the cases behind
 * any figure, CSV exports, the unit costs, and the same figures as JSON.
 */
@Controller
class DashboardController {

    private static final int DEFAULT_WEEKS = 26;
    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 10_000;

    private final CaseVolumes volumes;
    private final Scorecard scorecard;
    private final TopicTrends trends;
    private final UnitCosts unitCosts;
    private final CaseFacts cases;
    private final BreachedCases breached;
    private final AnalyticsSettings settings;
    private final Clock clock;

    DashboardController(CaseVolumes volumes, Scorecard scorecard, TopicTrends trends,
            UnitCosts unitCosts, CaseFacts cases, BreachedCases breached,
            AnalyticsSettings settings, Clock clock) {
        this.volumes = volumes;
        this.scorecard = scorecard;
        this.trends = trends;
        this.unitCosts = unitCosts;
        this.cases = cases;
        this.breached = breached;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/console/dashboard")
    String dashboard(Filters filters, @RequestParam(required = false) String article,
            Locale locale, Model model) {
        ScorecardFilter filter = filters.main(today());
        model.addAttribute("filter", filter);
        model.addAttribute("figures", scorecard.figures(filter));
        filters.compared(filter).ifPresent(c -> model.addAttribute("compare",
                scorecard.figures(c)));
        model.addAttribute("trends", trends.weekly(filter, locale));
        model.addAttribute("articles", trends.articles(filter.site()));
        trends.impact(filter, article, locale).ifPresent(i -> model.addAttribute("impact", i));
        model.addAttribute("query", filters.query());
        model.addAttribute("zone", settings.zone().getId());
        model.addAttribute("topics", Topics.KEYS);
        model.addAttribute("channels", UnitCosts.CHANNELS);
        model.addAttribute("costs", unitCosts.all());
        model.addAttribute("spikeMinimum", settings.spikeMinimum());
        return "analytics/dashboard";
    }

    /**
     * The cases behind a figure, {@link #PAGE_SIZE} at a time: each page starts after the last
     * case of the one before ({@code after}, the basis time and number), so the database walks
     * an index instead of skipping rows; the total comes from the rollups, not from counting.
     * The basis is {@code OPENED}, {@code RESPONDED} or {@code SOLVED}, or a {@link Breach}
     * for the cases that broke a service-level target.
     */
    @GetMapping("/console/dashboard/cases")
    String drillDown(Filters filters, @RequestParam(defaultValue = "OPENED") String basis,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ScorecardFilter filter = filters.main(today());
        Breach breach = Breach.named(basis);
        CaseSearch.Basis chosen = breach != null ? breach.basis() : basis(basis);
        String shownBasis = breach != null ? breach.name() : chosen.name();
        CaseFacts.Cursor cursor = DrillCursor.parse(after);
        long total = breach != null ? scorecard.count(filter, breach, blankToNull(priority))
                : scorecard.count(filter, chosen, blankToNull(priority));
        // nothing counted, nothing to look for: an empty search could walk a long index range
        // TODO(#9): a rare site, channel or priority alone is filtered while walking the index
        List<ListedCase> found = total == 0 ? List.of()
                : cases(filter, shownBasis, priority, cursor, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<ListedCase> shown = more ? found.subList(0, PAGE_SIZE) : found;
        int shownPage = cursor == null ? 0 : Math.max(1, page);
        model.addAttribute("filter", filter);
        model.addAttribute("basis", shownBasis);
        model.addAttribute("priority", priority);
        model.addAttribute("drillQuery", filter.query() + "&basis=" + shownBasis
                + (blankToNull(priority) == null ? "" : "&priority="
                        + java.net.URLEncoder.encode(priority, StandardCharsets.UTF_8)));
        model.addAttribute("cases", shown);
        model.addAttribute("total", total);
        model.addAttribute("next", more ? DrillCursor.after(shown.get(PAGE_SIZE - 1), chosen)
                : null);
        model.addAttribute("page", shownPage);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("query", filters.query());
        model.addAttribute("zone", settings.zone().getId());
        model.addAttribute("zoneId", settings.zone());
        return "analytics/cases";
    }

    @GetMapping("/console/dashboard/export/{table}.csv")
    ResponseEntity<byte[]> export(@PathVariable String table, Filters filters,
            @RequestParam(defaultValue = "OPENED") String basis,
            @RequestParam(required = false) String priority, Locale locale) {
        ScorecardFilter filter = filters.main(today());
        ScorecardTables.Table rows = table.equals("cases")
                ? ScorecardTables.cases(cases(filter, basis, priority, null, EXPORT_LIMIT))
                : ScorecardTables.of(table, scorecard.figures(filter),
                        trends.weekly(filter, locale));
        String name = "scorecard-" + table + "-" + filter.from() + "-" + filter.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv(rows));
    }

    /** A page of the cases behind a figure of {@code basis}, a basis time or a breach. */
    private List<ListedCase> cases(ScorecardFilter filter, String basis, String priority,
            CaseFacts.Cursor after, int size) {
        Breach breach = Breach.named(basis);
        return breach != null
                ? breached.page(breach, search(filter, breach.basis(), priority), after, size)
                : cases.page(search(filter, basis(basis), priority), after, size);
    }

    private static byte[] csv(ScorecardTables.Table table) {
        Csv csv = new Csv().row(table.header());
        table.rows().forEach(csv::row);
        return csv.bytes();
    }

    @PostMapping("/console/dashboard/costs")
    String setCosts(@RequestParam Map<String, String> form,
            @AuthenticationPrincipal PorticoUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators set unit costs");
        }
        for (String channel : UnitCosts.CHANNELS) {
            String value = form.get("cost_" + channel);
            if (value != null && !value.isBlank()) {
                try {
                    unitCosts.set(channel, new BigDecimal(value.strip()));
                } catch (IllegalArgumentException wrong) {
                    return "redirect:/console/dashboard?costError=" + channel + "#costs";
                }
            }
        }
        return "redirect:/console/dashboard?costsSaved=true#costs";
    }

    @GetMapping("/api/v1/analytics/cases-by-topic")
    @ResponseBody
    CasesByTopic casesByTopic(
            @RequestParam(name = "weeks", defaultValue = "" + DEFAULT_WEEKS) int weeks,
            Locale locale) {
        return volumes.lastWeeks(weeks, locale);
    }

    @GetMapping("/api/v1/analytics/scorecard")
    @ResponseBody
    Map<String, Object> figures(Filters filters) {
        ScorecardFilter filter = filters.main(today());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zone", settings.zone().getId());
        body.put("period", scorecard.figures(filter));
        filters.compared(filter).ifPresent(c -> body.put("compare", scorecard.figures(c)));
        return body;
    }

    /** The NPS figures alone (for an integrator), with the same filters as the scorecard. */
    @GetMapping("/api/v1/analytics/nps")
    @ResponseBody
    Map<String, Object> nps(Filters filters) {
        ScorecardFilter filter = filters.main(today());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zone", settings.zone().getId());
        body.put("period", npsOf(filter));
        filters.compared(filter).ifPresent(c -> body.put("compare", npsOf(c)));
        return body;
    }

    private Map<String, Object> npsOf(ScorecardFilter filter) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", filter.from());
        period.put("to", filter.to());
        period.put("site", filter.site());
        period.put("nps", scorecard.nps(filter));
        return period;
    }

    @GetMapping("/api/v1/analytics/topic-trends")
    @ResponseBody
    WeeklyTopics topicTrends(Filters filters, Locale locale) {
        return trends.weekly(filters.main(today()), locale);
    }

    @GetMapping("/api/v1/analytics/content-impact")
    @ResponseBody
    TopicTrends.ContentImpact contentImpact(Filters filters,
            @RequestParam(required = false) String article, Locale locale) {
        return trends.impact(filters.main(today()), article, locale)
                .orElseThrow(() -> new NotFoundException("article " + article));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private CaseSearch search(ScorecardFilter filter, CaseSearch.Basis basis, String priority) {
        DayBuckets buckets = settings.buckets();
        return new CaseSearch(basis, buckets.start(filter.from()), buckets.endOf(filter.to()),
                filter.site(), filter.channel(), filter.topic(), blankToNull(priority));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static CaseSearch.Basis basis(String name) {
        for (CaseSearch.Basis basis : CaseSearch.Basis.values()) {
            if (basis.name().equalsIgnoreCase(name)) {
                return basis;
            }
        }
        return CaseSearch.Basis.OPENED;
    }

    /**
     * The filters as given in the address: dates as {@code yyyy-MM-dd}; {@code cfrom} and
     * {@code cto} name a second period to compare with.
     */
    record Filters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String site,
            String channel, String topic,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cfrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cto) {

        static final int DEFAULT_DAYS = 84;

        ScorecardFilter main(LocalDate today) {
            LocalDate end = to != null ? to : today;
            LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
            return new ScorecardFilter(start, end, site, channel, topic);
        }

        java.util.Optional<ScorecardFilter> compared(ScorecardFilter main) {
            if (cfrom == null || cto == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(main.during(cfrom, cto));
        }

        /** The filters again, for links to the cases, the exports and back. */
        String query() {
            StringBuilder q = new StringBuilder();
            append(q, "from", from);
            append(q, "to", to);
            append(q, "site", site);
            append(q, "channel", channel);
            append(q, "topic", topic);
            append(q, "cfrom", cfrom);
            append(q, "cto", cto);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.toString(),
                                StandardCharsets.UTF_8));
            }
        }
    }
}
