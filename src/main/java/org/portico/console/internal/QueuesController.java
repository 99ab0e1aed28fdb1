package org.portico.console.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portico.cases.CaseQueues;
import org.portico.cases.CaseQueues.Queue;
import org.portico.cases.Topics;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.identity.StaffMember;
import org.portico.platform.NotFoundException;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Supervisors and administrators set up queues (which cases they take, how owners are
 * picked, who belongs) and limit agents to sites and give them skills.
 */
@Controller
class QueuesController {

    private final CaseQueues queues;
    private final Directory directory;
    private final Sites sites;

    QueuesController(CaseQueues queues, Directory directory, Sites sites) {
        this.queues = queues;
        this.directory = directory;
        this.sites = sites;
    }

    @GetMapping("/console/queues")
    String page(@AuthenticationPrincipal PorticoUser user, Model model) {
        requireLead(user);
        List<Queue> all = queues.all();
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        all.forEach(q -> members.put(q.id(), queues.members(q.id())));
        List<StaffMember> agents = directory.caseWorkers();
        Map<Long, String> agentSites = new LinkedHashMap<>();
        Map<Long, String> agentSkills = new LinkedHashMap<>();
        agents.forEach(a -> {
            agentSites.put(a.id(), String.join(" ", queues.sitesOf(a.id())));
            agentSkills.put(a.id(), String.join(" ", queues.skillsOf(a.id())));
        });
        model.addAttribute("queues", all);
        model.addAttribute("members", members);
        model.addAttribute("agents", agents);
        model.addAttribute("agentSites", agentSites);
        model.addAttribute("agentSkills", agentSkills);
        model.addAttribute("sites", sites.all().stream().map(SiteView::slug).toList());
        model.addAttribute("topics", Topics.KEYS);
        model.addAttribute("strategies", List.of("ROUND_ROBIN", "LEAST_LOADED", "SKILL",
                "MANUAL"));
        return "console/queues";
    }

    @PostMapping("/console/queues")
    String create(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "site", defaultValue = "") String site,
            @RequestParam(name = "topic", defaultValue = "") String topic,
            @RequestParam(name = "skill", defaultValue = "") String skill,
            @RequestParam(name = "strategy", defaultValue = "MANUAL") String strategy,
            @RequestParam(name = "position", defaultValue = "0") int position) {
        requireLead(user);
        boolean valid = !name.isBlank() && name.strip().length() <= 80
                && (site.isBlank() || sites.find(site).isPresent())
                && (topic.isBlank() || Topics.isKnown(topic)) && skill.length() <= 40;
        if (!valid) {
            return "redirect:/console/queues?invalid";
        }
        try {
            queues.create(new Queue(null, name, site, topic, skill, strategy, position));
        } catch (IllegalArgumentException refused) {
            return "redirect:/console/queues?invalid";
        }
        return "redirect:/console/queues";
    }

    @PostMapping("/console/queues/{id}/members")
    String members(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam(name = "member", required = false) List<Long> member) {
        requireLead(user);
        if (queues.all().stream().noneMatch(q -> q.id() == id)) {
            throw new NotFoundException("queue " + id);
        }
        List<Long> workers = caseWorkerIds();
        queues.setMembers(id, member == null ? List.of()
                : member.stream().filter(workers::contains).toList());
        return "redirect:/console/queues";
    }

    @PostMapping("/console/agents/{id}/scope")
    String scope(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam(name = "sites", defaultValue = "") String siteList,
            @RequestParam(name = "skills", defaultValue = "") String skillList) {
        requireLead(user);
        if (!caseWorkerIds().contains(id)) {
            throw new NotFoundException("agent " + id);
        }
        List<String> known = sites.all().stream().map(SiteView::slug).toList();
        queues.setSites(id, words(siteList).stream().filter(known::contains).toList());
        queues.setSkills(id, words(skillList).stream().filter(s -> s.length() <= 40).toList());
        return "redirect:/console/queues";
    }

    private List<Long> caseWorkerIds() {
        return directory.caseWorkers().stream().map(StaffMember::id).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s,]+")).filter(w -> !w.isBlank()).toList();
    }

    private static void requireLead(PorticoUser user) {
        if (user.role() != Role.SUPERVISOR && user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Queues are set up by supervisors");
        }
    }
}
