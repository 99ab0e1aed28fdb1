package org.portico.cases.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.Cases;
import org.portico.identity.PorticoUser;
import org.portico.sites.ComponentView;
import org.portico.sites.SiteComponent;
import org.portico.sites.SiteView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * "My open cases" with an "Open a case" button, on individual help sites for signed-in
 * customers.
 */
@Component
class MyOpenCasesComponent implements SiteComponent {

    private static final int SHOWN = 5;

    private final Cases cases;

    MyOpenCasesComponent(Cases cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean appliesTo(SiteView site) {
        return !site.isBusiness();
    }

    @Override
    public Optional<ComponentView> render(SiteView site, Authentication visitor,
            Locale locale) {
        if (visitor == null || !(visitor.getPrincipal() instanceof PorticoUser user)
                || user.accountId() == null) {
            return Optional.empty();
        }
        return Optional.of(new ComponentView("cases/components", "myOpenCases",
                Map.of("site", site.slug(),
                        "cases", cases.openCasesOf(user, site.slug(), SHOWN))));
    }
}
