package org.portico.identity.internal;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * API tokens: staff keep theirs in the console (administrators see and revoke everyone's),
 * customers on their site's account pages. A new token is shown once, on the page that
 * created it.
 */
@Controller
class ApiTokensController {

    private static final int MAX_NAME = 80;

    private final ApiTokenStore tokens;

    ApiTokensController(ApiTokenStore tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/console/api-tokens")
    String console(@AuthenticationPrincipal PorticoUser user, Model model) {
        return page(user, model, "identity/api-tokens-console");
    }

    @PostMapping("/console/api-tokens")
    String createInConsole(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "name", defaultValue = "") String name, Model model) {
        return create(user, name, model, "identity/api-tokens-console");
    }

    @PostMapping("/console/api-tokens/{id}/revoke")
    String revokeInConsole(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("id") long id) {
        tokens.revoke(id, user, user.role() == Role.ADMIN);
        return "redirect:/console/api-tokens";
    }

    @GetMapping("/s/{site}/account/api-tokens")
    String site(@AuthenticationPrincipal PorticoUser user, Model model) {
        return page(user, model, "identity/api-tokens-site");
    }

    @PostMapping("/s/{site}/account/api-tokens")
    String createOnSite(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "name", defaultValue = "") String name, Model model) {
        return create(user, name, model, "identity/api-tokens-site");
    }

    @PostMapping("/s/{site}/account/api-tokens/{id}/revoke")
    String revokeOnSite(@PathVariable("site") String site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id) {
        tokens.revoke(id, user, false);
        return "redirect:/s/" + site + "/account/api-tokens";
    }

    private String create(PorticoUser user, String name, Model model, String view) {
        if (name.isBlank() || name.strip().length() > MAX_NAME) {
            model.addAttribute("nameInvalid", true);
            model.addAttribute("name", name);
        } else {
            model.addAttribute("created", tokens.create(user, name));
        }
        return page(user, model, view);
    }

    private String page(PorticoUser user, Model model, String view) {
        boolean admin = user.role() == Role.ADMIN;
        model.addAttribute("admin", admin);
        model.addAttribute("tokens", tokens.of(admin ? null : user.id()));
        return view;
    }
}
