package org.portico.console.internal;

import org.portico.cases.CaseDesk;
import org.portico.identity.AccountDetails;
import org.portico.identity.BusinessAccounts;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A customer account as agents see it: its details, its contacts with their roles and the
 * history of changes to its details, its staff notes and sales follow-ups.
 */
@Controller
class ConsoleAccountsController {

    private final BusinessAccounts accounts;
    private final GlanceSources glance;

    ConsoleAccountsController(BusinessAccounts accounts, GlanceSources glance) {
        this.accounts = accounts;
        this.glance = glance;
    }

    @GetMapping("/console/accounts/{id}")
    String account(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            Model model) {
        if (!CaseDesk.mayWork(agent)) {
            throw new AccessDeniedException("Accounts are for agents");
        }
        AccountDetails account = accounts.details(id)
                .orElseThrow(() -> new NotFoundException("account " + id));
        model.addAttribute("account", account);
        model.addAttribute("contacts", accounts.contacts(id));
        model.addAttribute("changes", accounts.history(id));
        model.addAttribute("more", glance.of(id, null));
        return "console/account";
    }
}
