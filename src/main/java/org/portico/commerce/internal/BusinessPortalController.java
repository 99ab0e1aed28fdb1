package org.portico.commerce.internal;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.sites.SiteView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Orders and statements of a business account. Neither exists yet, so the pages say so; they
 * are there so that the portal's menu leads somewhere honest.
 */
@Controller
class BusinessPortalController {

    @GetMapping("/s/{site}/orders")
    String orders(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user) {
        return page(site, user, "commerce/orders");
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
