package org.portico.console.internal;

import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.KnowledgeOverview;
import org.portico.sites.Sites;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The console start page of staff who do not work cases (knowledge authors, site managers):
 * the knowledge base of every site at a glance.
 */
@Component
class StaffWorkspace {

    private static final int MOST_READ = 5;

    private final Sites sites;
    private final KnowledgeOverview knowledge;

    StaffWorkspace(Sites sites, KnowledgeOverview knowledge) {
        this.sites = sites;
        this.knowledge = knowledge;
    }

    String show(PorticoUser user, Model model) {
        if (user == null || !user.role().isStaff()) {
            throw new AccessDeniedException("Staff only");
        }
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("sites", sites.all());
        model.addAttribute("knowledge", sites.all().stream()
                .map(site -> knowledge.of(site.slug(), locale, MOST_READ)).toList());
        return "console/workspace";
    }
}
