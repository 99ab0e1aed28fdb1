package org.portico.console.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.portico.cases.CaseActions;
import org.portico.cases.CaseCsv;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseQuery;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.QueueItem;
import org.portico.cases.Topics;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.StaffMember;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Logging a case for a caller on the phone, and the queue as CSV.
 */
@Controller
class PhoneCasesController {

    private static final int CSV_LIMIT = 10_000;

    private final CaseActions actions;
    private final CaseDesk desk;
    private final Sites sites;
    private final Directory directory;
    private final MessageSource messages;

    PhoneCasesController(CaseActions actions, CaseDesk desk, Sites sites, Directory directory,
            MessageSource messages) {
        this.actions = actions;
        this.desk = desk;
        this.sites = sites;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/console/phone-case")
    String form(@AuthenticationPrincipal PorticoUser agent, Model model) {
        ConsoleAccess.requireAgent(agent);
        return form(model, new PhoneCaseForm());
    }

    @PostMapping("/console/phone-case")
    String log(@AuthenticationPrincipal PorticoUser agent,
            @Valid @ModelAttribute("form") PhoneCaseForm form, BindingResult errors,
            Model model) {
        ConsoleAccess.requireAgent(agent);
        check(form, errors);
        if (errors.hasErrors()) {
            return form(model, form);
        }
        try {
            CaseView logged = actions.logPhoneCase(agent, form.toCommand());
            return "redirect:/console/cases/" + logged.number();
        } catch (IllegalArgumentException staffAddress) {
            errors.rejectValue("callerEmail", "caselife.phone.not-a-customer");
            return form(model, form);
        }
    }

    private void check(PhoneCaseForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("topic") && !Topics.isKnown(form.getTopic())) {
            errors.rejectValue("topic", "cases.topic.invalid");
        }
        if (!errors.hasFieldErrors("priority")
                && !CaseActions.PRIORITIES.contains(form.getPriority())) {
            errors.rejectValue("priority", "caselife.invalid.priority");
        }
        if (!errors.hasFieldErrors("site") && sites.find(form.getSite()).isEmpty()) {
            errors.rejectValue("site", "cases.site.invalid");
        }
    }

    private String form(Model model, PhoneCaseForm form) {
        model.addAttribute("form", form);
        model.addAttribute("sites", sites.all().stream().map(SiteView::slug).toList());
        model.addAttribute("topics", Topics.KEYS);
        model.addAttribute("priorities", List.of("LOW", "NORMAL", "HIGH", "URGENT"));
        return "console/phone-case";
    }

    /** The queue as the agent filtered it, as CSV (at most 10,000 cases). */
    @GetMapping("/console/cases.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PorticoUser agent,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "owner", required = false) String owner,
            @RequestParam(name = "sort", required = false) String sort, Locale locale) {
        ConsoleAccess.requireAgent(agent);
        List<CaseStatus> statuses = status == null || status.isBlank()
                ? Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList()
                : Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status))
                        .toList();
        CaseQuery query = ("mine".equals(owner) ? CaseQuery.ownedBy(statuses, agent.id())
                : "unassigned".equals(owner) ? CaseQuery.unassigned(statuses)
                : CaseQuery.anyone(statuses)).sortedBy(CaseQuery.Sort.parse(sort));
        List<QueueItem> items = desk.queue(query, CSV_LIMIT);
        Map<Long, String> names = directory.caseWorkers().stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        Map<String, Long> owners = items.stream().filter(i -> i.ownerUserId() != null)
                .collect(Collectors.toMap(i -> i.supportCase().number(), QueueItem::ownerUserId));
        byte[] body = CaseCsv.of(items.stream().map(QueueItem::supportCase).toList(), messages,
                locale, c -> owners.containsKey(c.number())
                        ? names.getOrDefault(owners.get(c.number()), "") : "");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("queue.csv").build().toString())
                .body(body);
    }
}
