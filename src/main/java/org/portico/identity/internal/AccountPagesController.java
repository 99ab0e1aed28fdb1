package org.portico.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.AccountDetails;
import org.portico.identity.BusinessAccounts;
import org.portico.identity.Contact;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.portico.sites.Sites;
import org.springframework.context.MessageSource;
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
 * The business account in the portal: details for every contact, editing, history and
 * contacts for its administrators, and switching between accounts.
 */
@Controller
class AccountPagesController {

    private final Sites sites;
    private final BusinessAccounts accounts;
    private final ContactAdministration administration;
    private final Invitations invitations;
    private final AccountSwitcher switcher;
    private final MessageSource messages;

    AccountPagesController(Sites sites, BusinessAccounts accounts,
            ContactAdministration administration, Invitations invitations,
            AccountSwitcher switcher, MessageSource messages) {
        this.sites = sites;
        this.accounts = accounts;
        this.administration = administration;
        this.invitations = invitations;
        this.switcher = switcher;
        this.messages = messages;
    }

    @GetMapping("/s/{site}/account")
    String account(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        long account = accountOf(site, user);
        boolean admin = accounts.membership(user.id(), account)
                .map(m -> m.role() == Role.BUSINESS_ADMIN).orElse(false);
        model.addAttribute("account", details(account));
        model.addAttribute("contacts", accounts.contacts(account));
        model.addAttribute("admin", admin);
        model.addAttribute("roles", Role.values());
        return "identity/account";
    }

    @GetMapping("/s/{site}/account/edit")
    String editForm(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            Model model, Locale locale) {
        long account = adminAccountOf(site, user);
        AccountForm form = AccountForm.of(details(account)).withRoomForAnotherTaxId();
        return editPage(account, form, model, locale);
    }

    @PostMapping("/s/{site}/account/edit")
    String edit(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            Locale locale) {
        long account = adminAccountOf(site, user);
        AccountFormValidator.validate(form, administration.activeContactIds(account), errors);
        if (errors.hasErrors()) {
            return editPage(account, form, model, locale);
        }
        accounts.update(account, form.toDetails(), user.id());
        return "redirect:/s/" + site + "/account?saved";
    }

    @GetMapping("/s/{site}/account/history")
    String history(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        long account = adminAccountOf(site, user);
        model.addAttribute("account", details(account));
        model.addAttribute("changes", accounts.history(account));
        return "identity/account-history";
    }

    @PostMapping("/s/{site}/account/contacts/{userId}")
    String changeContact(@PathVariable("site") String site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("userId") long userId,
            @RequestParam(name = "role", required = false) Role role,
            @RequestParam(name = "active", required = false) Boolean active) {
        adminAccountOf(site, user);
        if (role != null && !role.isBusinessContact()) {
            throw new NotFoundException("role " + role);
        }
        try {
            administration.change(user, userId, role, active);
        } catch (LastAdministratorException e) {
            return "redirect:/s/" + site + "/account?lastAdmin#contacts";
        }
        return "redirect:/s/" + site + "/account?changed#contacts";
    }

    @PostMapping("/s/{site}/account/invitations")
    String invite(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "role", defaultValue = "BUSINESS_MEMBER") Role role,
            Locale locale, Model model) {
        long account = adminAccountOf(site, user);
        String error = InvitationRules.check(email, role, invitations, account);
        if (error != null) {
            model.addAttribute("inviteEmail", email);
            model.addAttribute("inviteError", error);
            return account(site, user, model);
        }
        invitations.invite(account, user, email, role, site,
                messages.getMessage("account.invite.mail.subject", null, locale),
                messages.getMessage("account.invite.mail.body", null, locale));
        return "redirect:/s/" + site + "/account?invited#contacts";
    }

    @PostMapping("/s/{site}/account/switch")
    String switchAccount(@PathVariable("site") String site,
            @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "account") long accountId, HttpServletRequest request,
            HttpServletResponse response) {
        sites.get(site);
        if (user == null || user.role().isStaff()) {
            throw new NotFoundException("account " + accountId);
        }
        switcher.switchTo(user, accountId, request, response);
        return "redirect:/s/" + site;
    }

    private String editPage(long account, AccountForm form, Model model,
            Locale locale) {
        model.addAttribute("account", details(account));
        model.addAttribute("form", form);
        model.addAttribute("contacts", accounts.contacts(account).stream()
                .filter(Contact::active).toList());
        model.addAttribute("schemes", AccountFormValidator.SCHEMES);
        model.addAttribute("countries", Countries.all(locale));
        return "identity/account-edit";
    }

    private AccountDetails details(long account) {
        return accounts.details(account).orElseThrow(() -> new NotFoundException("account"));
    }

    private long accountOf(String site, PorticoUser user) {
        requireBusinessSite(site);
        return administration.businessAccount(user);
    }

    private long adminAccountOf(String site, PorticoUser user) {
        requireBusinessSite(site);
        return administration.administeredAccount(user);
    }

    private void requireBusinessSite(String site) {
        if (!sites.get(site).isBusiness()) {
            throw new NotFoundException("account pages on " + site);
        }
    }
}
