package org.portico.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.Directory;
import org.portico.identity.MyDetails;
import org.portico.identity.PorticoUser;
import org.portico.platform.InvalidRequest;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A signed-in customer's own details on every site ({@code /s/{site}/account/me}) and in the
 * API ({@code GET/PATCH /api/v1/me}): display name, preferred language and whether status
 * changes of their cases are mailed. The page keeps what was typed beside its errors; saving
 * switches the pages to the chosen language at once.
 */
@Controller
class MyDetailsController {

    private static final Logger log = LoggerFactory.getLogger(MyDetailsController.class);

    private final Directory directory;
    private final LocaleResolver locales;
    private final SignedInPrincipal principal;

    MyDetailsController(Directory directory, LocaleResolver locales,
            SignedInPrincipal principal) {
        this.directory = directory;
        this.locales = locales;
        this.principal = principal;
    }

    /** The form of the details page; also the body of {@code PATCH /api/v1/me}. */
    static class MyDetailsForm {

        private String displayName;
        private String language;
        private Boolean statusMail;

        static MyDetailsForm of(MyDetails details) {
            MyDetailsForm form = new MyDetailsForm();
            form.displayName = details.displayName();
            form.language = details.language();
            form.statusMail = details.statusMail();
            return form;
        }

        /** The details after this change; a field left out keeps its value. */
        MyDetails over(MyDetails now) {
            return new MyDetails(displayName == null ? now.displayName() : displayName.strip(),
                    language == null ? now.language() : language,
                    statusMail == null ? now.statusMail() : statusMail);
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public Boolean getStatusMail() {
            return statusMail;
        }

        public void setStatusMail(Boolean statusMail) {
            this.statusMail = statusMail;
        }
    }

    @GetMapping("/s/{site}/account/me")
    String page(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        model.addAttribute("form", MyDetailsForm.of(details(user)));
        return page(model);
    }

    @PostMapping("/s/{site}/account/me")
    String save(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            @ModelAttribute("form") MyDetailsForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (form.getStatusMail() == null) {
            form.setStatusMail(false);
        }
        MyDetails changed = form.over(details(user));
        check(changed, errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        save(user, changed, request, response);
        return "redirect:/s/" + site + "/account/me?saved";
    }

    @GetMapping("/api/v1/me")
    @ResponseBody
    MyDetails read(@AuthenticationPrincipal PorticoUser user) {
        return details(user);
    }

    @PatchMapping("/api/v1/me")
    @ResponseBody
    MyDetails change(@AuthenticationPrincipal PorticoUser user,
            @RequestBody MyDetailsForm form, HttpServletRequest request,
            HttpServletResponse response) {
        MyDetails changed = form.over(details(user));
        BindingResult errors = new BeanPropertyBindingResult(form, "me");
        check(changed, errors);
        if (errors.hasErrors()) {
            throw InvalidRequest.of(errors, "me");
        }
        save(user, changed, request, response);
        return changed;
    }

    private String page(Model model) {
        model.addAttribute("languages", MyDetails.LANGUAGES);
        return "identity/me";
    }

    private static void check(MyDetails details, Errors errors) {
        if (details.displayName().isBlank()) {
            errors.rejectValue("displayName", "NotBlank");
        } else if (details.displayName().length() > MyDetails.NAME_MAX) {
            errors.rejectValue("displayName", "Size",
                    new Object[] {"", MyDetails.NAME_MAX, 0}, null);
        }
        if (!MyDetails.LANGUAGES.contains(details.language())) {
            errors.rejectValue("language", "me.language.invalid");
        }
    }

    private void save(PorticoUser user, MyDetails changed, HttpServletRequest request,
            HttpServletResponse response) {
        directory.updateMyDetails(user.id(), changed);
        log.info("User {} changed their details", user.id());
        PorticoUser renamed = new PorticoUser(user.id(), user.email(), changed.displayName(),
                user.role(), user.accountId(), changed.language(), null);
        principal.replace(renamed, request, response);
        locales.setLocale(request, response, Locale.forLanguageTag(changed.language()));
    }

    private MyDetails details(PorticoUser user) {
        if (user == null || user.role().isStaff()) {
            throw new NotFoundException("details of this person");
        }
        return directory.myDetails(user.id())
                .orElseThrow(() -> new NotFoundException("user " + user.id()));
    }
}
