package org.portico.commerce.internal.statements;

import org.portico.commerce.Statements;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.sites.SiteView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The business portal's statements: the list, one statement, and its PDF and CSV.
 */
@Controller
class StatementPagesController {

    private final Statements statements;
    private final StatementReaders readers;

    StatementPagesController(Statements statements, StatementReaders readers) {
        this.statements = statements;
        this.readers = readers;
    }

    @GetMapping("/s/{site}/statements")
    String list(@ModelAttribute("site") SiteView site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        if (user == null) {
            return signIn(site);
        }
        model.addAttribute("statements",
                statements.statementsOf(StatementReaders.accountOf(business(site, user))));
        return "commerce/statements";
    }

    @GetMapping("/s/{site}/statements/{number}")
    String show(@ModelAttribute("site") SiteView site, @AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number, Model model) {
        if (user == null) {
            return signIn(site);
        }
        model.addAttribute("statement", readers.statement(business(site, user), number));
        return "commerce/statement";
    }

    @GetMapping("/s/{site}/statements/{number}.pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("number") String number) {
        return readers.pdf(business(site, user), number);
    }

    @GetMapping("/s/{site}/statements/{number}.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("number") String number) {
        return readers.csv(business(site, user), number);
    }

    private static PorticoUser business(SiteView site, PorticoUser user) {
        if (!site.isBusiness()) {
            throw new NotFoundException("statements on " + site.slug());
        }
        return user;
    }

    private static String signIn(SiteView site) {
        business(site, null);
        return "redirect:/s/" + site.slug() + "/signin";
    }
}
