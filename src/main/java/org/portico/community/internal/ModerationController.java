package org.portico.community.internal;

import jakarta.validation.Valid;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
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
 * The review queue and the moderation log, on the site for members promoted to moderators
 * ({@code /s/{site}/community/moderation}) and in the console for site managers
 * ({@code /console/community/moderation}). Acting on the last item of the last page comes
 * back to the last page that still has items.
 */
@Controller
class ModerationController {

    private static final int LOG_ENTRIES = 100;

    private final Moderation moderation;
    private final PostStore posts;

    ModerationController(Moderation moderation, PostStore posts) {
        this.moderation = moderation;
        this.posts = posts;
    }

    @GetMapping("/s/{site}/community/moderation")
    String siteQueue(@PathVariable("site") String site,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        return queue(site, page, CommunityPostingController.signedIn(user), model,
                "/s/" + site + "/community/moderation", "community/moderation");
    }

    @GetMapping("/console/community/moderation")
    String consoleQueue(@RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        return queue(null, page, user, model, "/console/community/moderation",
                "community/console-moderation");
    }

    private String queue(String site, int page, PorticoUser user, Model model, String path,
            String view) {
        QuestionLists.Page found = moderation.queue(user, site, page);
        if (found.beyondEnd()) {
            return "redirect:" + path + "?page=" + found.pages();
        }
        model.addAttribute("found", found);
        model.addAttribute("listPath", path);
        model.addAttribute("log", moderation.log(user, site, LOG_ENTRIES));
        model.addAttribute("manager", Moderation.isManager(user));
        return view;
    }

    @PostMapping({"/s/{site}/community/moderation/{id}/{action}",
        "/console/community/moderation/{id}/{action}"})
    String act(@PathVariable(name = "site", required = false) String site,
            @PathVariable("id") long id, @PathVariable("action") String action,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal PorticoUser user) {
        CommunityPostingController.signedIn(user);
        switch (action) {
            case "approve" -> moderation.approve(user, id);
            case "hide" -> moderation.hide(user, id);
            case "suspend" -> suspendAuthor(user, id, true);
            default -> throw new NotFoundException("action " + action);
        }
        return "redirect:" + queuePath(site) + "?page=" + page;
    }

    @GetMapping({"/s/{site}/community/moderation/{id}/edit",
        "/console/community/moderation/{id}/edit"})
    String editForm(@PathVariable(name = "site", required = false) String site,
            @PathVariable("id") long id, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        moderation.require(CommunityPostingController.signedIn(user));
        Post post = posts.find(id)
                .orElseThrow(() -> new NotFoundException("post " + id));
        EditForm form = new EditForm();
        form.setTitle(post.title());
        form.setBody(post.bodyMarkdown());
        model.addAttribute("post", post);
        model.addAttribute("form", form);
        model.addAttribute("action", queuePath(site) + "/" + id + "/edit");
        return site == null ? "community/console-edit" : "community/moderation-edit";
    }

    @PostMapping({"/s/{site}/community/moderation/{id}/edit",
        "/console/community/moderation/{id}/edit"})
    String edit(@PathVariable(name = "site", required = false) String site,
            @PathVariable("id") long id, @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") EditForm form, BindingResult errors, Model model) {
        moderation.require(CommunityPostingController.signedIn(user));
        if (errors.hasErrors()) {
            model.addAttribute("post", posts.find(id)
                    .orElseThrow(() -> new NotFoundException("post " + id)));
            model.addAttribute("action", queuePath(site) + "/" + id + "/edit");
            return site == null ? "community/console-edit" : "community/moderation-edit";
        }
        moderation.edit(user, id, form.getTitle(), form.getBody());
        return "redirect:" + queuePath(site);
    }

    @PostMapping("/s/{site}/community/members/{id}/suspend")
    String suspend(@PathVariable("site") String site, @PathVariable("id") long id,
            @RequestParam(name = "suspended", defaultValue = "true") boolean suspended,
            @AuthenticationPrincipal PorticoUser user) {
        moderation.suspend(CommunityPostingController.signedIn(user), site, id, suspended);
        return "redirect:/s/" + site + "/community/members/" + id;
    }

    @PostMapping("/s/{site}/community/members/{id}/moderator")
    String promote(@PathVariable("site") String site, @PathVariable("id") long id,
            @RequestParam(name = "moderator", defaultValue = "true") boolean moderator,
            @AuthenticationPrincipal PorticoUser user) {
        moderation.promote(CommunityPostingController.signedIn(user), site, id, moderator);
        return "redirect:/s/" + site + "/community/members/" + id;
    }

    private void suspendAuthor(PorticoUser user, long postId, boolean suspended) {
        Post post = posts.find(postId)
                .orElseThrow(() -> new NotFoundException("post " + postId));
        moderation.suspend(user, post.site(), post.authorId(), suspended);
    }

    private static String queuePath(String site) {
        return site == null ? "/console/community/moderation"
                : "/s/" + site + "/community/moderation";
    }
}
