package org.portico.commerce.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.Cases;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.Orders;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.sites.ComponentView;
import org.portico.sites.SiteComponent;
import org.portico.sites.SiteView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The business portal's home: for a signed-in business contact, the account card (name, open
 * cases, recent orders, links to orders and statements); for anyone else, an invitation to sign
 * in. It comes first on the page: the portal is about the account.
 */
@Component
class AccountCardComponent implements SiteComponent {

    private static final int SHOWN = 5;
    private static final int RECENT_ORDERS = 3;

    private final Cases cases;
    private final Orders orders;
    private final Directory directory;

    AccountCardComponent(Cases cases, Orders orders, Directory directory) {
        this.cases = cases;
        this.orders = orders;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 5;
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
                            "cases", cases.openCasesOf(user, site.slug(), SHOWN),
                            "orders", orders.search(user, OrderQuery.all()).orders().stream()
                                    .limit(RECENT_ORDERS).toList())));
        }
        if (visitor == null || !visitor.isAuthenticated()
                || !(visitor.getPrincipal() instanceof PorticoUser)) {
            return Optional.of(new ComponentView("commerce/components", "signInPrompt",
                    Map.of("site", site.slug())));
        }
        return Optional.empty();
    }
}
