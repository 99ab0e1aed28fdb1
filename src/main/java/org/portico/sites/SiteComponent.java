package org.portico.sites;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * A block that a module contributes to a site's home page (search, my open cases, the
 * account card…). The sites module arranges them without knowing the modules behind them.
 */
public interface SiteComponent {

    /** Position on the page, lowest first. */
    int order();

    boolean appliesTo(SiteView site);

    /** What to show, or empty to show nothing for this visitor. */
    Optional<ComponentView> render(SiteView site, Authentication visitor, Locale locale);
}
