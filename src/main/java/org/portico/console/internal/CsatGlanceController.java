package org.portico.console.internal;

import java.util.List;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseView;
import org.portico.identity.PorticoUser;
import org.portico.surveys.CsatAnswer;
import org.portico.surveys.CsatAnswers;
import org.portico.surveys.NpsAnswers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The satisfaction answers of the case's account and the last NPS answer of its requester, in
 * the customer at a glance.
 */
@Controller
class CsatGlanceController {

    private static final int SHOWN = 5;

    private final CaseDesk desk;
    private final CsatAnswers answers;
    private final NpsAnswers nps;

    CsatGlanceController(CaseDesk desk, CsatAnswers answers, NpsAnswers nps) {
        this.desk = desk;
        this.answers = answers;
        this.nps = nps;
    }

    @GetMapping("/console/cases/{number}/csat")
    String glance(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, Model model) {
        ConsoleAccess.requireAgent(agent);
        CaseView supportCase = desk.read(number).supportCase();
        long account = supportCase.accountId();
        List<CsatAnswer> recent = answers.ofAccount(account, SHOWN);
        model.addAttribute("answers", recent);
        model.addAttribute("average", recent.stream().mapToInt(CsatAnswer::score).average()
                .orElse(0));
        model.addAttribute("nps", nps.latestOf(supportCase.requesterUserId()).orElse(null));
        return "console/csat-glance :: csat";
    }
}
