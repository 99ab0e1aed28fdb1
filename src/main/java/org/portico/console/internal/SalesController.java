package org.portico.console.internal;

import java.util.Arrays;

import org.portico.console.FollowUpStatus;
import org.portico.console.FollowUpSummary;
import org.portico.console.NewFollowUp;
import org.portico.console.SalesFollowUps;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The sales queue: salespeople take follow-ups and record how they turned out; supervisors
 * watch the list and its outcome.
 */
@Controller
class SalesController {

    private final SalesFollowUps followUps;
    private final GlanceSources glance;

    SalesController(SalesFollowUps followUps, GlanceSources glance) {
        this.followUps = followUps;
        this.glance = glance;
    }

    @GetMapping("/console/sales")
    String list(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "owner", defaultValue = "") String owner, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("owner", owner);
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("followUps", followUps.list(statusOf(status), ownerOf(owner, user)));
        model.addAttribute("summary", followUps.summary());
        model.addAttribute("salespeople", followUps.salespeople());
        model.addAttribute("products", glance.products());
        model.addAttribute("mayWork", FollowUpStore.isSales(user));
        model.addAttribute("maxOutcome", NewFollowUp.MAX_INTEREST);
        return "console/sales";
    }

    @PostMapping("/console/sales/{id}/take")
    String take(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id) {
        followUps.take(user, id);
        return "redirect:/console/sales#follow-up-" + id;
    }

    @PostMapping("/console/sales/{id}/status")
    String changeStatus(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam(name = "status") String status,
            @RequestParam(name = "outcome", defaultValue = "") String outcome) {
        FollowUpStatus next = statusOf(status);
        if (next == null || outcome.length() > NewFollowUp.MAX_INTEREST) {
            return "redirect:/console/sales?invalid=" + id + "#follow-up-" + id;
        }
        followUps.changeStatus(user, id, next, outcome);
        return "redirect:/console/sales#follow-up-" + id;
    }

    @GetMapping("/api/v1/sales/follow-ups/summary")
    @ResponseBody
    FollowUpSummary summary() {
        return followUps.summary();
    }

    private static FollowUpStatus statusOf(String status) {
        return Arrays.stream(FollowUpStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
    }

    private static Long ownerOf(String owner, PorticoUser user) {
        if (owner.isEmpty()) {
            return null;
        }
        if ("me".equals(owner)) {
            return user.id();
        }
        try {
            return Long.valueOf(owner);
        } catch (NumberFormatException e) {
            throw new NotFoundException("owner " + owner);
        }
    }
}
