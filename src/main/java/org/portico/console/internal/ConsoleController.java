package org.portico.console.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.portico.cases.CaseAttachments.Upload;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseDetail;
import org.portico.cases.CaseQuery;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.CaseWork;
import org.portico.cases.QueueItem;
import org.portico.cases.ServiceLevels;
import org.portico.cases.Topics;
import org.portico.cases.CustomerCaseHistory;
import org.portico.cases.Visibility;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's workspace: the case queue and a case with the customer at a glance. Opening a
 * case starts a work session; replying or solving ends it.
 */
@Controller
class ConsoleController {

    static final int QUEUE_PAGE = 100;

    private final CaseDesk desk;
    private final CustomerCaseHistory history;
    private final Directory directory;
    private final Clock clock;
    private final StaffWorkspace workspace;
    private final CaseWork work;
    private final GlanceSources glanceSources;
    private final QueueViews views;
    private final ServiceLevels levels;
    private final ComposerDelivery delivery;

    ConsoleController(CaseDesk desk, CustomerCaseHistory history, Directory directory,
            Clock clock, StaffWorkspace workspace, CaseWork work, GlanceSources glanceSources,
            QueueViews views, ServiceLevels levels, ComposerDelivery delivery) {
        this.delivery = delivery;
        this.views = views;
        this.levels = levels;
        this.workspace = workspace;
        this.work = work;
        this.glanceSources = glanceSources;
        this.desk = desk;
        this.history = history;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The case queue. Without a filter it shows the cases still open; {@code status=ALL} shows
     * every case. Salespeople go to their follow-ups; other staff who do not work cases
     * (authors, site managers) get their workspace.
     */
    @GetMapping("/console")
    String queue(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "owner", required = false) String owner,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (FollowUpStore.isSales(user)) {
            return "redirect:/console/sales";
        }
        if (!CaseDesk.mayWork(user)) {
            return workspace.show(user, model);
        }
        CaseQuery.Sort order = CaseQuery.Sort.parse(sort);
        CaseQuery query = query(statuses(status), owner, user).sortedBy(order);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("owner", owner == null ? "" : owner);
        model.addAttribute("sort", order.name().toLowerCase());
        model.addAttribute("sorts", CaseQuery.Sort.values());
        model.addAttribute("views", views.of(user.id()));
        model.addAttribute("statuses", CaseStatus.values());
        List<QueueItem> items = desk.queue(query, QUEUE_PAGE);
        model.addAttribute("cases", items);
        model.addAttribute("sla", levels.worstOf(items.stream()
                .map(i -> i.supportCase().number()).toList()));
        model.addAttribute("total", desk.count(query));
        model.addAttribute("pageSize", QUEUE_PAGE);
        model.addAttribute("staffNames", staffNames());
        model.addAttribute("topics", Topics.KEYS);
        return htmx == null ? "console/queue" : "console/queue :: list";
    }

    private static CaseQuery query(List<CaseStatus> statuses, String owner, PorticoUser user) {
        if ("mine".equals(owner)) {
            return CaseQuery.ownedBy(statuses, user.id());
        }
        return "unassigned".equals(owner) ? CaseQuery.unassigned(statuses)
                : CaseQuery.anyone(statuses);
    }

    private Map<Long, String> staffNames() {
        return directory.caseWorkers().stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
    }

    private static List<CaseStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
        }
        return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).toList();
    }

    @GetMapping("/console/cases/{number}")
    String detail(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, Model model) {
        ConsoleAccess.requireAgent(agent);
        CaseDetail detail = desk.read(number);
        CaseView supportCase = detail.supportCase();
        model.addAttribute("detail", detail);
        model.addAttribute("caseAccount",
                directory.accountName(supportCase.accountId()).orElse(null));
        model.addAttribute("glance", Glance.of(
                directory.customer(supportCase.requesterUserId()).orElse(null),
                history.ofAccount(supportCase.accountId(), number), LocalDate.now(clock)));
        Long owner = desk.ownerOf(number).orElse(null);
        List<StaffMember> workers = directory.caseWorkers();
        model.addAttribute("owner", owner);
        model.addAttribute("ownerName", workers.stream()
                .filter(w -> owner != null && w.id() == owner)
                .map(StaffMember::displayName).findFirst().orElse(null));
        model.addAttribute("caseWorkers", workers);
        model.addAttribute("workSession", work.start(agent, number));
        model.addAttribute("more",
                glanceSources.of(supportCase.accountId(), supportCase.requesterUserId()));
        return "console/case";
    }

    @PostMapping("/console/cases/{number}/replies")
    String reply(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "body", defaultValue = "") String body,
            @RequestParam(name = "visibility") Visibility visibility,
            @RequestParam(name = "channel", defaultValue = "SITE") String channel,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) throws IOException {
        ConsoleAccess.requireAgent(agent);
        if (body.isBlank() || body.length() > 10_000) {
            return "redirect:/console/cases/" + number + "?empty#reply";
        }
        List<Upload> uploads = Upload.of(files);
        if (delivery.tooLarge(uploads)) {
            redirect.addFlashAttribute("typedReply", body);
            return "redirect:/console/cases/" + number + "?tooLarge#reply";
        }
        desk.reply(agent, number, body, visibility);
        delivery.deliver(agent, number, body, visibility,
                ComposerDelivery.Channel.parse(channel), uploads);
        work.end(agent, number, null);
        return "redirect:/console/cases/" + number + "#messages";
    }

    @PostMapping("/console/cases/{number}/solve")
    String solve(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number) {
        ConsoleAccess.requireAgent(agent);
        desk.solve(agent, number);
        work.end(agent, number, null);
        return "redirect:/console/cases/" + number;
    }
}
