package org.portico.console.internal;

import jakarta.validation.Valid;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseView;
import org.portico.console.NewFollowUp;
import org.portico.console.SalesFollowUps;
import org.portico.identity.AccountProfile;
import org.portico.identity.PorticoUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An agent hands a customer's interest to sales, from a case or from an account page.
 */
@Controller
class FollowUpsController {

    private final SalesFollowUps followUps;
    private final CaseDesk cases;
    private final GlanceSources glance;

    FollowUpsController(SalesFollowUps followUps, CaseDesk cases, GlanceSources glance) {
        this.followUps = followUps;
        this.cases = cases;
        this.glance = glance;
    }

    @GetMapping("/console/cases/{number}/follow-ups/new")
    String caseForm(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, Model model) {
        ConsoleAccess.requireAgent(agent);
        CaseView supportCase = cases.read(number).supportCase();
        return form(model, new FollowUpForm(), glance.requireAccount(supportCase.accountId()),
                "/console/cases/" + number);
    }

    @PostMapping("/console/cases/{number}/follow-ups")
    String createFromCase(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @Valid @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model) {
        ConsoleAccess.requireAgent(agent);
        CaseView supportCase = cases.read(number).supportCase();
        String page = "/console/cases/" + number;
        AccountProfile account = glance.requireAccount(supportCase.accountId());
        if (invalid(form, errors)) {
            return form(model, form, account, page);
        }
        followUps.create(agent, new NewFollowUp(account.id(), supportCase.requesterUserId(),
                number, form.getProductCode(), form.getInterest()));
        return "redirect:" + page + "#follow-ups";
    }

    @GetMapping("/console/accounts/{id}/follow-ups/new")
    String accountForm(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id, Model model) {
        ConsoleAccess.requireAgent(agent);
        return form(model, new FollowUpForm(), glance.requireAccount(id),
                "/console/accounts/" + id);
    }

    @PostMapping("/console/accounts/{id}/follow-ups")
    String createFromAccount(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id,
            @Valid @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model) {
        ConsoleAccess.requireAgent(agent);
        AccountProfile account = glance.requireAccount(id);
        String page = "/console/accounts/" + id;
        if (invalid(form, errors)) {
            return form(model, form, account, page);
        }
        followUps.create(agent, new NewFollowUp(id, null, null, form.getProductCode(),
                form.getInterest()));
        return "redirect:" + page + "#follow-ups";
    }

    private boolean invalid(FollowUpForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("productCode")
                && !glance.products().containsKey(form.getProductCode())) {
            errors.rejectValue("productCode", "console.follow-up.product.unknown");
        }
        return errors.hasErrors();
    }

    private String form(Model model, FollowUpForm form, AccountProfile account, String back) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("back", back);
        model.addAttribute("action", back + "/follow-ups");
        model.addAttribute("products", glance.catalogue());
        return "console/follow-up";
    }
}
