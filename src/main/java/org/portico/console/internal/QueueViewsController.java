package org.portico.console.internal;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saving and deleting an agent's named queue views.
 */
@Controller
class QueueViewsController {

    static final int NAME_MAX = 60;

    private final QueueViews views;

    QueueViewsController(QueueViews views) {
        this.views = views;
    }

    @PostMapping("/console/views")
    String save(@AuthenticationPrincipal PorticoUser agent,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "owner", required = false) String owner,
            @RequestParam(name = "sort", required = false) String sort) {
        ConsoleAccess.requireAgent(agent);
        String trimmed = name.strip();
        String current = QueueViews.queryString(status, owner, sort);
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            return "redirect:/console?" + join(current, "viewName=invalid");
        }
        String saved = views.save(agent.id(), trimmed, status, owner, sort);
        return saved.isEmpty() ? "redirect:/console" : "redirect:/console?" + saved;
    }

    @PostMapping("/console/views/{id}/delete")
    String delete(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id) {
        ConsoleAccess.requireAgent(agent);
        QueueViews.QueueView view = views.find(id)
                .orElseThrow(() -> new NotFoundException("No queue view " + id));
        if (view.ownerUserId() != agent.id()) {
            throw new AccessDeniedException("Queue view " + id + " is another agent's");
        }
        views.delete(view);
        return "redirect:/console";
    }

    private static String join(String query, String extra) {
        return query.isEmpty() ? extra : query + "&" + extra;
    }
}
