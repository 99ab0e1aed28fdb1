package org.portico.commerce.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.Cases;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.sites.ComponentView;
import org.portico.sites.SiteComponent;
import org.portico.sites.SiteView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The business portal's home: for a signed-in business contact, the account card (name, open
 * cases, orders and statements); for anyone else, an invitation to sign in.
 */
@Component
class AccountCardComponent implements SiteComponent {

    private static final int SHOWN = 5;

    private final Cases cases;
    private final Directory directory;

    AccountCardComponent(Cases cases, Directory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean appliesTo(SiteView site) {
        return site.isBusiness();
    }

    @Override
    public Optional<ComponentView> render(SiteView site, Authentication visitor,
            Locale locale) {
        if (visitor != null && visitor.getPrincipal() instanceof PorticoUser user
                && user.role().isBusinessContact() && user.accountId() != null) {
            return Optional.of(new ComponentView("commerce/components", "accountCard",
                    Map.of("site", site.slug(),
                            "accountName", directory.accountName(user.accountId()).orElse(""),
                            "cases", cases.openCasesOf(user, site.slug(), SHOWN))));
        }
        if (visitor == null || !visitor.isAuthenticated()
                || !(visitor.getPrincipal() instanceof PorticoUser)) {
            return Optional.of(new ComponentView("commerce/components", "signInPrompt",
                    Map.of("site", site.slug())));
        }
        return Optional.empty();
    }
}
