package org.portico.console.internal;

import java.util.regex.Pattern;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseView;
import org.portico.console.CustomerNotes;
import org.portico.console.NewNote;
import org.portico.identity.PorticoUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Agents add, pin, unpin and delete staff notes from a case or an account page.
 */
@Controller
class NotesController {

    private static final Pattern BACK =
            Pattern.compile("^/console/(cases|accounts)/[A-Za-z0-9-]+$");

    private final CustomerNotes notes;
    private final CaseDesk cases;
    private final GlanceSources glance;

    NotesController(CustomerNotes notes, CaseDesk cases, GlanceSources glance) {
        this.notes = notes;
        this.cases = cases;
        this.glance = glance;
    }

    @PostMapping("/console/cases/{number}/notes")
    String addToCase(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "body", defaultValue = "") String body,
            @RequestParam(name = "about", defaultValue = "CUSTOMER") String about,
            @RequestParam(name = "pinned", defaultValue = "false") boolean pinned) {
        ConsoleAccess.requireAgent(agent);
        CaseView supportCase = cases.read(number).supportCase();
        Long customer = "ACCOUNT".equals(about) ? null : supportCase.requesterUserId();
        return add(agent, new NewNote(supportCase.accountId(), customer, body, pinned),
                "/console/cases/" + number);
    }

    @PostMapping("/console/accounts/{id}/notes")
    String addToAccount(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestParam(name = "body", defaultValue = "") String body,
            @RequestParam(name = "pinned", defaultValue = "false") boolean pinned) {
        ConsoleAccess.requireAgent(agent);
        glance.requireAccount(id);
        return add(agent, new NewNote(id, null, body, pinned), "/console/accounts/" + id);
    }

    private String add(PorticoUser agent, NewNote note, String page) {
        if (note.body().isBlank() || note.body().length() > NewNote.MAX_LENGTH) {
            return "redirect:" + page + "?note-invalid#notes";
        }
        notes.add(agent, note);
        return "redirect:" + page + "#notes";
    }

    @PostMapping("/console/notes/{id}/pin")
    String pin(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestParam(name = "pinned") boolean pinned,
            @RequestParam(name = "back", defaultValue = "") String back) {
        ConsoleAccess.requireAgent(agent);
        notes.pin(agent, id, pinned);
        return "redirect:" + safe(back) + "#notes";
    }

    @PostMapping("/console/notes/{id}/delete")
    String delete(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestParam(name = "back", defaultValue = "") String back) {
        ConsoleAccess.requireAgent(agent);
        notes.delete(agent, id);
        return "redirect:" + safe(back) + "#notes";
    }

    private static String safe(String back) {
        return BACK.matcher(back).matches() ? back : "/console";
    }
}
