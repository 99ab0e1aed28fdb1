package org.portico.identity.internal;

import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.sites.Sites;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invitation link opens: someone new chooses a name and password; someone with a
 * user signs in and accepts.
 */
@Controller
class InvitationPagesController {

    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 100;
    private static final int MAX_NAME = 120;

    private final Sites sites;
    private final Invitations invitations;

    InvitationPagesController(Sites sites, Invitations invitations) {
        this.sites = sites;
        this.invitations = invitations;
    }

    @GetMapping("/s/{site}/invitation")
    String invitation(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        requireBusinessSite(site);
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitations.find(token).orElse(null));
        model.addAttribute("signedIn", user != null);
        return "identity/invitation";
    }

    @PostMapping("/s/{site}/invitation")
    String acceptAsNewPerson(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "password", defaultValue = "") String password,
            Locale locale, Model model) {
        requireBusinessSite(site);
        String trimmed = name.trim();
        boolean nameOk = !trimmed.isEmpty() && trimmed.length() <= MAX_NAME;
        boolean passwordOk = password.length() >= MIN_PASSWORD
                && password.length() <= MAX_PASSWORD;
        if (!nameOk || !passwordOk) {
            model.addAttribute("token", token);
            model.addAttribute("invitation", invitations.find(token).orElse(null));
            model.addAttribute("signedIn", false);
            model.addAttribute("name", name);
            model.addAttribute("nameError", nameOk ? null : "NotBlank");
            model.addAttribute("passwordError", passwordOk ? null : "password.reset.length");
            return "identity/invitation";
        }
        if (!invitations.acceptAsNewPerson(token, trimmed, password, languageTag(locale))) {
            return "redirect:/s/" + site + "/invitation?token=" + token;
        }
        return "redirect:/s/" + site + "/signin?joined";
    }

    /** Behind sign-in: someone who has a user lands here from the invitation page. */
    @GetMapping("/s/{site}/account/join")
    String join(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        return invitation(site, token, user, model);
    }

    @PostMapping("/s/{site}/account/join")
    String accept(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token,
            @AuthenticationPrincipal PorticoUser user) {
        requireBusinessSite(site);
        if (!invitations.accept(token, user)) {
            return "redirect:/s/" + site + "/invitation?token=" + token;
        }
        return "redirect:/s/" + site + "/account?joined";
    }

    private void requireBusinessSite(String site) {
        if (!sites.get(site).isBusiness()) {
            throw new NotFoundException("invitations on " + site);
        }
    }

    static String languageTag(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }
}
