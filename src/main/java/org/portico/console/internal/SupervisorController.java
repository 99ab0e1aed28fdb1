package org.portico.console.internal;

import java.util.List;
import java.util.Set;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseQuery;
import org.portico.cases.CaseStatus;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervisor's view of the desk, its JSON twin, and moving cases from one agent to another.
 */
@Controller
class SupervisorController {

    private static final Logger log = LoggerFactory.getLogger(SupervisorController.class);

    private static final List<CaseStatus> OPEN =
            List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.ESCALATED);

    private final SupervisorBoard board;
    private final CaseDesk desk;
    private final Directory directory;

    SupervisorController(SupervisorBoard board, CaseDesk desk, Directory directory) {
        this.board = board;
        this.desk = desk;
        this.directory = directory;
    }

    /** The board; with {@code from}, also that agent's open cases, ready to be moved. */
    @GetMapping("/console/supervisor")
    String show(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "from", required = false) Long from, Model model) {
        requireSupervisor(user);
        model.addAttribute("board", board.now());
        model.addAttribute("from", from);
        if (from != null) {
            model.addAttribute("fromCases",
                    desk.queue(CaseQuery.ownedBy(OPEN, from), ConsoleController.QUEUE_PAGE));
        }
        return "console/supervisor";
    }

    @GetMapping("/api/v1/console/supervisor")
    @ResponseBody
    SupervisorBoard.Board api(@AuthenticationPrincipal PorticoUser user) {
        requireSupervisor(user);
        return board.now();
    }

    /** Gives the selected cases to another agent. */
    @PostMapping("/console/supervisor/reassign")
    String reassign(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "from", required = false) Long from,
            @RequestParam(name = "numbers", required = false) List<String> numbers,
            @RequestParam(name = "to") long to) {
        requireSupervisor(user);
        if (directory.caseWorkers().stream().noneMatch(s -> s.id() == to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not an agent: " + to);
        }
        List<String> moving = numbers == null ? List.of() : numbers;
        moving.forEach(number -> desk.assign(user, number, to));
        log.info("Supervisor {} moved {} cases to agent {}", user.id(), moving.size(), to);
        return "redirect:/console/supervisor?moved=" + moving.size()
                + (from == null ? "" : "&from=" + from);
    }

    private static void requireSupervisor(PorticoUser user) {
        if (user == null || !Set.of(Role.SUPERVISOR, Role.ADMIN).contains(user.role())) {
            throw new AccessDeniedException("The supervisor view is for supervisors");
        }
    }
}
