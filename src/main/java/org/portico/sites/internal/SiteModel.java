package org.portico.sites.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the current site into the model of every page under {@code /s/{site}}; an unknown
 * site answers 404.
 */
@ControllerAdvice
class SiteModel {

    private final Sites sites;

    SiteModel(Sites sites) {
        this.sites = sites;
    }

    @ModelAttribute("site")
    SiteView site(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("site") instanceof String slug) {
            return sites.get(slug);
        }
        return null;
    }
}
