package org.portico.console.internal;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseWork;
import org.portico.identity.PorticoUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who owns a case, changed from the case page, and the end of a work session sent by the
 * browser when the agent leaves the page.
 */
@Controller
class CaseAssignmentController {

    private final CaseDesk desk;
    private final CaseWork work;

    CaseAssignmentController(CaseDesk desk, CaseWork work) {
        this.desk = desk;
        this.work = work;
    }

    /** Assigns the case to {@code owner}, or to the signed-in agent without one. */
    @PostMapping("/console/cases/{number}/assign")
    String assign(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "owner", required = false) Long owner) {
        ConsoleAccess.requireAgent(agent);
        try {
            desk.assign(agent, number, owner == null ? agent.id() : owner);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return "redirect:/console/cases/" + number;
    }

    @PostMapping("/console/cases/{number}/unassign")
    String unassign(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number) {
        ConsoleAccess.requireAgent(agent);
        desk.unassign(agent, number);
        return "redirect:/console/cases/" + number;
    }

    @PostMapping("/console/cases/{number}/work/end")
    ResponseEntity<Void> endWork(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "session", required = false) Long session) {
        ConsoleAccess.requireAgent(agent);
        work.end(agent, number, session);
        return ResponseEntity.noContent().build();
    }
}
