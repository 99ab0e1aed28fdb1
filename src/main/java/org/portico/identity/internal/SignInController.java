package org.portico.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Sign-in pages for each site and for the console, and sign-up on individual help sites.
 */
@Controller
class SignInController {

    static final String TYPED_EMAIL = "portico.signin.email";

    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final Sites sites;
    private final Directory directory;
    private final PasswordResets resets;
    private final MessageSource messages;
    private final Clock clock;

    SignInController(Sites sites, Directory directory, PasswordResets resets,
            MessageSource messages, Clock clock) {
        this.resets = resets;
        this.messages = messages;
        this.sites = sites;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/s/{site}/signin")
    String siteSignIn(@PathVariable("site") String site, HttpSession session, Model model) {
        sites.get(site);
        model.addAttribute("email", typedEmail(session));
        return "identity/signin";
    }

    @GetMapping("/console/signin")
    String consoleSignIn(HttpSession session, Model model) {
        model.addAttribute("email", typedEmail(session));
        return "identity/console-signin";
    }

    private static String typedEmail(HttpSession session) {
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

    @PostMapping("/s/{site}/signup")
    String signUp(@PathVariable("site") String site, @Valid @ModelAttribute("form") SignUpForm form,
            BindingResult errors, Locale locale) {
        requireIndividualSite(site);
        Optional<Long> existing = errors.hasFieldErrors("email") ? Optional.empty()
                : directory.userIdByEmail(form.getEmail().trim());
        if (existing.isPresent() && !resets.hasPassword(existing.get())) {
            return finishSignUp(site, form.getEmail().trim(), locale);
        }
        if (existing.isPresent()) {
            errors.rejectValue("email", "signup.email.taken");
        }
        if (errors.hasErrors()) {
            return "identity/signup";
        }
        long account = directory.createAccount(form.getName().trim(), "PERSON",
                LocalDate.now(clock));
        long user = directory.createUser(new NewUser(form.getEmail().trim(), form.getName().trim(),
                Role.CUSTOMER, account, form.getPassword(), languageTag(locale), "UTC", null));
        log.info("Customer {} signed up on site {}", user, site);
        return "redirect:/s/" + site + "/signin?registered";
    }

    /**
     * The address already belongs to a customer without a password: someone who left a message
     * in the chat or wrote by email. Rather than refusing, the link to choose a password goes
     * to that address, so whoever reads it finds their cases again, and nobody else can take
     * the account by typing the address.
     */
    private String finishSignUp(String site, String email, Locale locale) {
        resets.requestReset(email, site,
                messages.getMessage("signup.finish.subject", null, locale),
                messages.getMessage("signup.finish.body", null, locale));
        log.info("Sign-up for an existing customer without a password; link mailed");
        return "redirect:/s/" + site + "/signin?finishSignUp";
    }

    private void requireIndividualSite(String slug) {
        SiteView site = sites.get(slug);
        if (site.isBusiness()) {
            throw new NotFoundException("sign-up on " + slug);
        }
    }

    private static String languageTag(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }
}
