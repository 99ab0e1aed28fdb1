package org.portico.sites.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.portico.sites.SiteComponent;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A site's home page, composed of the components that the modules contribute.
 */
@Controller
class SiteHomeController {

    private final Sites sites;
    private final List<SiteComponent> components;

    SiteHomeController(Sites sites, List<SiteComponent> components) {
        this.sites = sites;
        this.components = components.stream()
                .sorted(Comparator.comparingInt(SiteComponent::order)).toList();
    }

    @GetMapping("/")
    String root() {
        return "redirect:/s/" + sites.all().get(0).slug();
    }

    @GetMapping("/s/{site}")
    String home(@PathVariable("site") String slug, Authentication visitor, Locale locale,
            Model model) {
        SiteView site = sites.get(slug);
        model.addAttribute("components", components.stream()
                .filter(component -> component.appliesTo(site))
                .map(component -> component.render(site, visitor, locale))
                .flatMap(Optional::stream)
                .toList());
        return "sites/home";
    }
}
