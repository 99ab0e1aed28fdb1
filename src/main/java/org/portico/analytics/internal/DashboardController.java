package org.portico.analytics.internal;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The supervisor's dashboard and the JSON behind its chart.
 */
@Controller
class DashboardController {

    private static final int DEFAULT_WEEKS = 26;

    private final CaseVolumes volumes;

    DashboardController(CaseVolumes volumes) {
        this.volumes = volumes;
    }

    @GetMapping("/console/dashboard")
    String dashboard(Locale locale, Model model) {
        model.addAttribute("volumes", volumes.lastWeeks(DEFAULT_WEEKS, locale));
        model.addAttribute("weeks", DEFAULT_WEEKS);
        return "analytics/dashboard";
    }

    @GetMapping("/api/v1/analytics/cases-by-topic")
    @ResponseBody
    CasesByTopic casesByTopic(
            @RequestParam(name = "weeks", defaultValue = "" + DEFAULT_WEEKS) int weeks,
            Locale locale) {
        return volumes.lastWeeks(weeks, locale);
    }
}
