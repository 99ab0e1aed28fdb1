package org.portico.community.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseMessage;
import org.portico.cases.Visibility;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The community in the console: questions nobody has answered yet (oldest first), a question
 * where an agent writes an official answer, turns it into a case, and posts the case's
 * resolution back as an answer.
 */
@Controller
class ConsoleCommunityController {

    private final QuestionLists lists;
    private final QuestionThreads threads;
    private final CommunityService community;
    private final CaseDesk desk;

    ConsoleCommunityController(QuestionLists lists, QuestionThreads threads,
            CommunityService community, CaseDesk desk) {
        this.lists = lists;
        this.threads = threads;
        this.community = community;
        this.desk = desk;
    }

    @GetMapping("/console/community")
    String unanswered(@RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        requireAgent(user);
        QuestionLists.Page found = lists.unanswered(page);
        if (found.beyondEnd()) {
            return "redirect:/console/community?page=" + found.pages();
        }
        model.addAttribute("found", found);
        model.addAttribute("listPath", "/console/community");
        return "community/console-unanswered";
    }

    @GetMapping("/console/community/questions/{id}")
    String question(@PathVariable("id") long id, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        requireAgent(user);
        QuestionThreads.Thread thread = threads.read(user, null, id);
        model.addAttribute("thread", thread);
        model.addAttribute("resolution", resolution(thread.question()));
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new ReplyForm());
        }
        return "community/console-question";
    }

    @PostMapping("/console/community/questions/{id}/answers")
    String answer(@PathVariable("id") long id, @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "official", defaultValue = "false") boolean official,
            @Valid @ModelAttribute("answerForm") ReplyForm form, BindingResult errors,
            Model model) {
        requireAgent(user);
        if (errors.hasErrors()) {
            return question(id, user, model);
        }
        try {
            community.answer(user, id, form.getBody(), official, form.getFormToken());
        } catch (DuplicateKeyException sentBefore) {
            return "redirect:/console/community/questions/" + id;
        }
        return "redirect:/console/community/questions/" + id + "?answered";
    }

    /** Posts one of the agents' public replies on the question's case as an official answer. */
    @PostMapping("/console/community/questions/{id}/resolution")
    String postResolution(@PathVariable("id") long id, @RequestParam("message") int message,
            @AuthenticationPrincipal PorticoUser user) {
        requireAgent(user);
        List<CaseMessage> replies = resolution(community.readableQuestion(user, id));
        if (message < 0 || message >= replies.size()) {
            throw new NotFoundException("case reply " + message);
        }
        community.answer(user, id, replies.get(message).body(), true, null);
        return "redirect:/console/community/questions/" + id + "?answered";
    }

    @PostMapping("/console/community/questions/{id}/escalate")
    String escalate(@PathVariable("id") long id, @AuthenticationPrincipal PorticoUser user) {
        requireAgent(user);
        String number = community.escalate(user, id);
        return "redirect:/console/cases/" + number;
    }

    private List<CaseMessage> resolution(Post question) {
        if (question.caseNumber() == null) {
            return List.of();
        }
        return desk.read(question.caseNumber()).messages().stream()
                .filter(m -> m.authorKind() == AuthorKind.AGENT)
                .filter(m -> m.visibility() == Visibility.PUBLIC)
                .toList();
    }

    private static void requireAgent(PorticoUser user) {
        if (!CaseDesk.mayWork(user)) {
            throw new AccessDeniedException("agents only");
        }
    }
}
