package org.portico.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.portico.platform.NotFoundException;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in pages for each site and for the console, and sign-up on individual help sites with
 * the page that confirms a new address ({@link SignUps}).
 */
@Controller
class SignInController {

    static final String TYPED_EMAIL = "portico.signin.email";

    private final Sites sites;
    private final SignUps signUps;

    SignInController(Sites sites, SignUps signUps) {
        this.sites = sites;
        this.signUps = signUps;
    }

    @GetMapping("/s/{site}/signin")
    String siteSignIn(@PathVariable("site") String site, HttpServletRequest request,
            Model model) {
        sites.get(site);
        model.addAttribute("email", typedEmail(request));
        return "identity/signin";
    }

    @GetMapping("/console/signin")
    String consoleSignIn(HttpServletRequest request, Model model) {
        model.addAttribute("email", typedEmail(request));
        return "identity/console-signin";
    }

    /** The email of a failed sign-in, once; without opening a session for a first visit. */
    private static String typedEmail(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        Object email = session.getAttribute(TYPED_EMAIL);
        session.removeAttribute(TYPED_EMAIL);
        return email instanceof String typed ? typed : "";
    }

    @GetMapping("/s/{site}/signup")
    String signUpForm(@PathVariable("site") String site,
            @ModelAttribute("form") SignUpForm form) {
        requireIndividualSite(site);
        return "identity/signup";
    }

    /**
     * The same answer whether or not the address has an account ("check your mail"); only the
     * form's own mistakes are shown, beside their fields.
     */
    @PostMapping("/s/{site}/signup")
    String signUp(@PathVariable("site") String site, @Valid @ModelAttribute("form") SignUpForm form,
            BindingResult errors, Locale locale) {
        requireIndividualSite(site);
        if (errors.hasErrors()) {
            return "identity/signup";
        }
        signUps.signUp(site, form.getName().trim(), form.getEmail().trim(), form.getPassword(),
                locale);
        return "redirect:/s/" + site + "/signin?checkMail";
    }

    /**
     * The link in the mail opens a page with a button rather than confirming at once, so that
     * a mail scanner opening links confirms nothing.
     */
    @GetMapping("/s/{site}/signup/confirm")
    String confirmForm(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token, Model model) {
        requireIndividualSite(site);
        model.addAttribute("token", token);
        return "identity/signup-confirm";
    }

    @PostMapping("/s/{site}/signup/confirm")
    String confirm(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam(name = "password", defaultValue = "") String password, Model model) {
        requireIndividualSite(site);
        switch (signUps.confirm(token, password)) {
            case CONFIRMED -> {
                return "redirect:/s/" + site + "/signin?confirmed";
            }
            case WRONG_PASSWORD -> {
                model.addAttribute("token", token);
                model.addAttribute("wrongPassword", true);
            }
            case EXPIRED -> model.addAttribute("expired", true);
        }
        return "identity/signup-confirm";
    }

    private void requireIndividualSite(String slug) {
        SiteView site = sites.get(slug);
        if (site.isBusiness()) {
            throw new NotFoundException("sign-up on " + slug);
        }
    }

}
