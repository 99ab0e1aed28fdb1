package org.portico.identity.internal;

import java.util.Locale;

import org.portico.sites.Sites;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": ask for a link by email, then choose a new password.
 */
@Controller
class PasswordResetController {

    private static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 100;

    private final Sites sites;
    private final PasswordResets resets;
    private final MessageSource messages;

    PasswordResetController(Sites sites, PasswordResets resets, MessageSource messages) {
        this.sites = sites;
        this.resets = resets;
        this.messages = messages;
    }

    @GetMapping("/s/{site}/password/forgot")
    String forgotForm(@PathVariable("site") String site) {
        sites.get(site);
        return "identity/forgot";
    }

    @PostMapping("/s/{site}/password/forgot")
    String forgot(@PathVariable("site") String site,
            @RequestParam(name = "email", defaultValue = "") String email, Locale locale,
            Model model) {
        sites.get(site);
        if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
            model.addAttribute("email", email);
            model.addAttribute("emailError", "password.forgot.invalid");
            return "identity/forgot";
        }
        resets.requestReset(email, site, messages.getMessage("password.mail.subject", null, locale),
                messages.getMessage("password.mail.body", null, locale));
        model.addAttribute("sent", true);
        return "identity/forgot";
    }

    @GetMapping("/s/{site}/password/reset")
    String resetForm(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token, Model model) {
        sites.get(site);
        model.addAttribute("token", token);
        model.addAttribute("invalid", !resets.isValid(token));
        return "identity/reset";
    }

    @PostMapping("/s/{site}/password/reset")
    String reset(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam(name = "password", defaultValue = "") String password, Model model) {
        sites.get(site);
        model.addAttribute("token", token);
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            model.addAttribute("passwordError", "password.reset.length");
            return "identity/reset";
        }
        if (!resets.reset(token, password)) {
            model.addAttribute("invalid", true);
            return "identity/reset";
        }
        return "redirect:/s/" + site + "/signin?reset";
    }
}
