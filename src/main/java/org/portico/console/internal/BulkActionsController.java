package org.portico.console.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.portico.cases.CaseDesk;
import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One change applied to the cases ticked on the queue: assign, solve, set waiting or file under
 * a topic. The agent comes back to the same filtered list.
 */
@Controller
class BulkActionsController {

    static final int MAX_CASES = ConsoleController.QUEUE_PAGE;

    private final CaseDesk desk;

    BulkActionsController(CaseDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/console/bulk")
    String apply(@AuthenticationPrincipal PorticoUser agent,
            @RequestParam(name = "numbers", required = false) List<String> numbers,
            @RequestParam(name = "action") String action,
            @RequestParam(name = "assignee", required = false) Long assignee,
            @RequestParam(name = "topic", required = false) String topic,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "owner", required = false) String owner,
            RedirectAttributes redirect) {
        ConsoleAccess.requireAgent(agent);
        List<String> picked = numbers == null ? List.of() : numbers;
        if (picked.size() > MAX_CASES) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Too many cases");
        }
        picked.stream().filter(number -> !desk.sees(agent, number)).findFirst()
                .ifPresent(number -> {
                    throw new NotFoundException("case " + number);
                });
        Consumer<String> change = change(agent, action, assignee, topic);
        picked.forEach(change);
        redirect.addFlashAttribute("bulkDone", picked.size());
        return "redirect:" + UriComponentsBuilder.fromPath("/console")
                .queryParamIfPresent("status", nonBlank(status))
                .queryParamIfPresent("owner", nonBlank(owner))
                .encode().build().toUriString();
    }

    private Consumer<String> change(PorticoUser agent, String action, Long assignee,
            String topic) {
        return switch (action) {
            case "assign-me" -> number -> desk.assignToMe(agent, number);
            case "assign" -> assignTo(agent, assignee);
            case "solve" -> number -> solveIfOpen(agent, number);
            case "waiting" -> number -> desk.markWaiting(agent, number);
            case "topic" -> fileUnder(agent, topic);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action");
        };
    }

    private void solveIfOpen(PorticoUser agent, String number) {
        if (desk.read(number).supportCase().status().isOpen()) {
            desk.solve(agent, number);
        }
    }

    private Consumer<String> assignTo(PorticoUser agent, Long assignee) {
        if (assignee == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No assignee");
        }
        return number -> {
            try {
                desk.assign(agent, number, assignee);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
            }
        };
    }

    private Consumer<String> fileUnder(PorticoUser agent, String topic) {
        if (!Topics.isKnown(topic)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown topic");
        }
        return number -> desk.changeTopic(agent, number, topic);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
