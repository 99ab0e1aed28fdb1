package org.portico.commerce.internal;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.sites.SiteView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Statements of a business account. They do not exist yet, so the page says so; it is there so
 * that the portal's menu leads somewhere honest.
 */
@Controller
class BusinessPortalController {

    @GetMapping("/s/{site}/statements")
    String statements(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user) {
        return page(site, user, "commerce/statements");
    }

    private static String page(SiteView site, PorticoUser user, String view) {
        if (!site.isBusiness()) {
            throw new NotFoundException("business pages on " + site.slug());
        }
        if (user == null) {
            return "redirect:/s/" + site.slug() + "/signin";
        }
        if (!user.role().isBusinessContact()) {
            throw new NotFoundException("business pages for " + user.role());
        }
        return view;
    }
}
