package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.portico.cases.CustomerCaseHistory;
import org.portico.console.CustomerNotes;
import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.platform.PorticoProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Chats in the console: the agent's status, offers, own chats and the queue at
 * {@code /console/chats}; one chat beside the customer at a glance at
 * {@code /console/chats/{id}}; the supervisors' live board as a fragment.
 */
@Controller
class ChatConsoleController {

    private final ChatDesk desk;
    private final ChatCases chatCases;
    private final ChatBoard board;
    private final ChatStore store;
    private final Directory directory;
    private final CustomerCaseHistory history;
    private final CustomerNotes notes;
    private final KnowledgeSuggestions knowledge;
    private final PorticoProperties properties;
    private final Clock clock;

    ChatConsoleController(ChatDesk desk, ChatCases chatCases, ChatBoard board, ChatStore store,
            Directory directory, CustomerCaseHistory history, CustomerNotes notes,
            KnowledgeSuggestions knowledge, PorticoProperties properties, Clock clock) {
        this.desk = desk;
        this.chatCases = chatCases;
        this.board = board;
        this.store = store;
        this.directory = directory;
        this.history = history;
        this.notes = notes;
        this.knowledge = knowledge;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/console/chats")
    String desk(@AuthenticationPrincipal PorticoUser agent, Model model) {
        model.addAttribute("desk", desk.deskOf(agent));
        model.addAttribute("statuses", AgentStatus.values());
        return "messaging/desk";
    }

    @GetMapping("/console/chats/lists")
    String lists(@AuthenticationPrincipal PorticoUser agent, Model model) {
        model.addAttribute("desk", desk.deskOf(agent));
        return "messaging/desk :: lists";
    }

    @PostMapping("/console/chats/status")
    String status(@AuthenticationPrincipal PorticoUser agent,
            @RequestParam("status") AgentStatus status,
            @RequestParam(name = "maxChats", required = false) Integer maxChats,
            @RequestParam(name = "queues", defaultValue = "") String queues) {
        desk.setStatus(agent, status, maxChats, queues);
        return "redirect:/console/chats";
    }

    @PostMapping("/console/chats/{id}/accept")
    String accept(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id) {
        try {
            desk.accept(id, agent);
        } catch (ChatRefused refused) {
            return "redirect:/console/chats?taken";
        }
        return "redirect:/console/chats/" + id;
    }

    @PostMapping("/console/chats/{id}/decline")
    String decline(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id) {
        desk.decline(id, agent);
        return "redirect:/console/chats";
    }

    @GetMapping("/console/chats/{id}")
    String chat(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            Model model) {
        Chat chat = desk.read(id, agent);
        model.addAttribute("chat", chat);
        model.addAttribute("lines", store.linesAfter(id, 0, 500));
        model.addAttribute("owner", ChatAccess.isOwner(chat, agent));
        model.addAttribute("workers", directory.caseWorkers().stream()
                .filter(w -> w.id() != agent.id()).toList());
        model.addAttribute("queues", desk.queues());
        model.addAttribute("openCases", ChatAccess.isOwner(chat, agent)
                && chat.caseNumber() == null ? chatCases.casesToAttach(id, agent) : List.of());
        addGlance(chat, model);
        return "messaging/chat";
    }

    @GetMapping("/console/chats/{id}/articles")
    String articles(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestParam(name = "q", defaultValue = "") String q, Model model) {
        Chat chat = desk.read(id, agent);
        model.addAttribute("articles", q.isBlank() ? List.of()
                : knowledge.suggest(chat.site(), q, chat.language(), 5));
        model.addAttribute("baseUrl", properties.publicBaseUrl());
        return "messaging/chat :: articles";
    }

    @PostMapping("/console/chats/{id}/transfer")
    String transfer(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestParam(name = "agentId", required = false) Long agentId,
            @RequestParam(name = "queue", required = false) String queue) {
        if (agentId != null) {
            desk.transferToAgent(id, agent, agentId);
        } else {
            desk.transferToQueue(id, agent, queue);
        }
        return "redirect:/console/chats?passed=" + id;
    }

    @PostMapping("/console/chats/{id}/end")
    String end(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id) {
        desk.end(id, agent);
        return "redirect:/console/chats/" + id;
    }

    @PostMapping("/console/chats/{id}/case")
    String turnIntoCase(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id) {
        String number = chatCases.turnIntoCase(id, agent);
        return "redirect:/console/chats/" + id + "?case=" + number;
    }

    @PostMapping("/console/chats/{id}/attach")
    String attachToCase(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestParam("caseNumber") String caseNumber) {
        try {
            chatCases.attachToCase(id, agent, caseNumber);
        } catch (ChatRefused refused) {
            return "redirect:/console/chats/" + id + "?notTheirs";
        }
        return "redirect:/console/chats/" + id + "?attached=" + caseNumber;
    }

    @GetMapping("/console/chats/board")
    String board(@AuthenticationPrincipal PorticoUser supervisor, Model model) {
        model.addAttribute("figures", board.figures(supervisor));
        return "messaging/board :: board";
    }

    private void addGlance(Chat chat, Model model) {
        CustomerSummary customer = chat.customerUserId() == null ? null
                : directory.customer(chat.customerUserId()).orElse(null);
        model.addAttribute("customer", customer);
        if (customer != null) {
            model.addAttribute("tenure", customer.customerSince() == null ? null
                    : Period.between(customer.customerSince(), LocalDate.now(clock)));
            model.addAttribute("past", history.ofAccount(customer.accountId(), null));
            model.addAttribute("notes", notes.about(customer.accountId(), customer.userId()));
        }
    }
}
