package org.portico.knowledge.internal;

import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.sites.Sites;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authors' tools beside the articles: the topic tree, search synonyms and the search
 * analytics (top queries, queries without results, articles that deflect most, articles
 * most often marked not helpful, deflection counts).
 */
@Controller
class KnowledgeToolsPages {

    private static final int LISTED = 15;
    private static final int MAX_WORDS = 500;

    private final Sites sites;
    private final KnowledgeTopics topics;
    private final SearchSynonyms synonyms;
    private final SearchLog searchLog;
    private final DeflectionJourneys journeys;
    private final ArticleFeedback feedback;

    KnowledgeToolsPages(Sites sites, KnowledgeTopics topics, SearchSynonyms synonyms,
            SearchLog searchLog, DeflectionJourneys journeys, ArticleFeedback feedback) {
        this.sites = sites;
        this.topics = topics;
        this.synonyms = synonyms;
        this.searchLog = searchLog;
        this.journeys = journeys;
        this.feedback = feedback;
    }

    @GetMapping("/console/knowledge/topics")
    String topics(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "site", defaultValue = "help") String site, Model model) {
        KnowledgeStaff.require(user);
        String slug = siteModel(site, model);
        model.addAttribute("topics", topics.all(slug));
        return "knowledge/console/topics";
    }

    @PostMapping("/console/knowledge/topics")
    String saveTopic(@AuthenticationPrincipal PorticoUser user, @RequestParam("site") String site,
            @RequestParam("key") String key,
            @RequestParam(name = "parent", defaultValue = "") String parent,
            @RequestParam("nameEn") String nameEn, @RequestParam("nameZh") String nameZh,
            RedirectAttributes redirect) {
        KnowledgeStaff.require(user);
        String slug = sites.get(site).slug();
        String topicKey = key.strip().toLowerCase(Locale.ROOT);
        String parentKey = parent.isBlank() ? null : parent.strip().toLowerCase(Locale.ROOT);
        if (!AuthoringPages.TOPIC.matcher(topicKey).matches() || nameEn.isBlank()
                || nameEn.length() > 200 || nameZh.length() > 200
                || parentKey != null && !AuthoringPages.TOPIC.matcher(parentKey).matches()) {
            redirect.addFlashAttribute("error", "knowledge.topics.error");
        } else {
            try {
                topics.save(slug, new KnowledgeTopics.TopicNode(topicKey, parentKey,
                        nameEn.strip(), nameZh.isBlank() ? nameEn.strip() : nameZh.strip()));
            } catch (KnowledgeTopics.Loop e) {
                redirect.addFlashAttribute("error", "knowledge.topics.error.loop");
            }
        }
        return "redirect:/console/knowledge/topics?site=" + slug;
    }

    @GetMapping("/console/knowledge/synonyms")
    String synonyms(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "site", defaultValue = "help") String site, Model model) {
        KnowledgeStaff.require(user);
        String slug = siteModel(site, model);
        model.addAttribute("synonyms", synonyms.all(slug));
        return "knowledge/console/synonyms";
    }

    @PostMapping("/console/knowledge/synonyms")
    String saveSynonym(@AuthenticationPrincipal PorticoUser user,
            @RequestParam("site") String site, @RequestParam("term") String term,
            @RequestParam("alternatives") String alternatives, RedirectAttributes redirect) {
        KnowledgeStaff.require(user);
        String slug = sites.get(site).slug();
        if (term.isBlank() || term.length() > 100 || alternatives.isBlank()
                || alternatives.length() > MAX_WORDS) {
            redirect.addFlashAttribute("error", "knowledge.synonyms.error");
        } else {
            synonyms.save(slug, term, alternatives);
        }
        return "redirect:/console/knowledge/synonyms?site=" + slug;
    }

    @PostMapping("/console/knowledge/synonyms/{id}/delete")
    String deleteSynonym(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam("site") String site) {
        KnowledgeStaff.require(user);
        String slug = sites.get(site).slug();
        synonyms.delete(slug, id);
        return "redirect:/console/knowledge/synonyms?site=" + slug;
    }

    @GetMapping("/console/knowledge/analytics")
    String analytics(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "site", defaultValue = "help") String site, Model model) {
        KnowledgeStaff.require(user);
        String slug = siteModel(site, model);
        model.addAttribute("top", searchLog.top(slug, LISTED));
        model.addAttribute("empty", searchLog.withoutResults(slug, LISTED));
        model.addAttribute("deflecting", journeys.mostDeflecting(slug, LISTED));
        model.addAttribute("notHelpful", feedback.mostOftenNotHelpful(slug, LISTED));
        model.addAttribute("shown", journeys.count(slug, "SHOWN"));
        model.addAttribute("opened", journeys.count(slug, "OPENED"));
        model.addAttribute("confirmed", journeys.count(slug, "CONFIRMED"));
        model.addAttribute("potential", journeys.count(slug, "POTENTIAL"));
        return "knowledge/console/analytics";
    }

    private String siteModel(String site, Model model) {
        String slug = sites.get(site).slug();
        model.addAttribute("sites", sites.all());
        model.addAttribute("site", slug);
        return slug;
    }
}
