package org.portico.console.internal;

import java.util.Locale;

import org.portico.cases.CaseActions;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseQueues;
import org.portico.cases.CaseView;
import org.portico.cases.ServiceLevels;
import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page's actions beyond replying: escalate, set to waiting, change priority, topic
 * and queue, merge into another case; with the case's service levels and full history.
 */
@Controller
class CaseActionsController {

    private static final int AT_RISK_SHOWN = 20;

    private final CaseDesk desk;
    private final CaseActions actions;
    private final ServiceLevels levels;
    private final CaseQueues queues;

    CaseActionsController(CaseDesk desk, CaseActions actions, ServiceLevels levels,
            CaseQueues queues) {
        this.desk = desk;
        this.actions = actions;
        this.levels = levels;
        this.queues = queues;
    }

    @GetMapping("/console/cases/{number}/lifecycle")
    String panel(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, Model model) {
        ConsoleAccess.requireAgent(agent);
        CaseView supportCase = desk.read(number).supportCase();
        model.addAttribute("c", supportCase);
        model.addAttribute("history", actions.history(number));
        model.addAttribute("slas", levels.of(number));
        model.addAttribute("queues", queues.all());
        model.addAttribute("priorities", new String[] {"LOW", "NORMAL", "HIGH", "URGENT"});
        model.addAttribute("topics", Topics.KEYS);
        return "console/case-lifecycle :: panel";
    }

    @PostMapping("/console/cases/{number}/escalate")
    String escalate(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "reason", defaultValue = "") String reason) {
        ConsoleAccess.requireAgent(agent);
        actions.escalate(agent, number, reason.strip().isEmpty() ? null
                : reason.strip().substring(0, Math.min(reason.strip().length(), 150)));
        return back(number);
    }

    @PostMapping("/console/cases/{number}/waiting")
    String waiting(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number) {
        ConsoleAccess.requireAgent(agent);
        desk.markWaiting(agent, number);
        return back(number);
    }

    @PostMapping("/console/cases/{number}/priority")
    String priority(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, @RequestParam("priority") String priority) {
        ConsoleAccess.requireAgent(agent);
        if (!CaseActions.PRIORITIES.contains(priority)) {
            return back(number) + "?invalid=priority";
        }
        actions.changePriority(agent, number, priority);
        return back(number);
    }

    @PostMapping("/console/cases/{number}/topic")
    String topic(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, @RequestParam("topic") String topic) {
        ConsoleAccess.requireAgent(agent);
        if (!Topics.isKnown(topic)) {
            return back(number) + "?invalid=topic";
        }
        desk.changeTopic(agent, number, topic);
        return back(number);
    }

    @PostMapping("/console/cases/{number}/queue")
    String queue(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "queue", required = false) Long queue) {
        ConsoleAccess.requireAgent(agent);
        try {
            actions.moveToQueue(agent, number, queue);
        } catch (IllegalArgumentException unknown) {
            return back(number) + "?invalid=queue";
        }
        return back(number);
    }

    @PostMapping("/console/cases/{number}/merge")
    String merge(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "into", defaultValue = "") String into) {
        ConsoleAccess.requireAgent(agent);
        String target = into.strip();
        if (!target.matches("\\d{1,8}")) {
            return back(number) + "?invalid=merge";
        }
        target = String.format(Locale.ROOT, "%08d", Long.parseLong(target));
        if (!desk.sees(agent, target)) {
            throw new NotFoundException("case " + target);
        }
        try {
            actions.merge(agent, number, target);
        } catch (IllegalArgumentException refused) {
            return back(number) + "?invalid=merge";
        }
        return "redirect:/console/cases/" + target;
    }

    /** The open cases whose service levels are at risk or broken (the supervisor's page). */
    @GetMapping("/console/sla-at-risk")
    String atRisk(@AuthenticationPrincipal PorticoUser agent, Model model) {
        ConsoleAccess.requireAgent(agent);
        model.addAttribute("atRisk", levels.atRisk(AT_RISK_SHOWN));
        return "console/case-lifecycle :: atRisk";
    }

    private static String back(String number) {
        return "redirect:/console/cases/" + number;
    }
}
