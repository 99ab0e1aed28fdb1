package org.portico.knowledge.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Suggestions for forms where a customer is about to ask for help (the case form, later the
 * pre-chat and community forms): the list as an htmx fragment, the links that record an
 * opened suggestion, and "this answered my question", which ends the visit without the form
 * being sent.
 */
@Controller
class DeflectionPages {

    private static final int MIN_TEXT = 3;

    private final ArticleSearch search;
    private final DeflectionJourneys journeys;

    DeflectionPages(ArticleSearch search, DeflectionJourneys journeys) {
        this.search = search;
        this.journeys = journeys;
    }

    /** An offered article; {@code openUrl} records the opening on the way to it. */
    record Offered(String slug, String title, String summary, String openUrl) {
    }

    @GetMapping("/s/{site}/deflection/{form}")
    String suggestions(@PathVariable("site") String site, @PathVariable("form") String form,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "subject", required = false) String subject,
            @RequestParam(name = "question", required = false) String question,
            @AuthenticationPrincipal PorticoUser reader, HttpSession session, Locale locale,
            Model model) {
        requireForm(form);
        String text = ArticleSearch.clean(firstOf(q, subject, question));
        // TODO(#3): offer answered community questions too, once the community module has them.
        List<Offered> offered = text.length() < MIN_TEXT ? List.of()
                : search.suggestArticles(site, text, locale, KnowledgePages.SUGGESTIONS,
                        Readers.of(reader)).stream()
                        .map(a -> new Offered(a.slug(), a.title(), a.summary(),
                                "/s/" + site + "/deflection/" + form + "/open/" + a.slug()))
                        .toList();
        journeys.shown(site, form, DeflectionJourneys.visitor(session),
                offered.stream().map(Offered::slug).toList());
        model.addAttribute("offered", offered);
        model.addAttribute("form", form);
        model.addAttribute("searched", text.length() >= MIN_TEXT);
        return "knowledge/deflection :: suggestions";
    }

    @GetMapping("/s/{site}/deflection/{form}/open/{slug}")
    String open(@PathVariable("site") String site, @PathVariable("form") String form,
            @PathVariable("slug") String slug, HttpSession session) {
        requireForm(form);
        journeys.opened(site, form, DeflectionJourneys.visitor(session), slug);
        return "redirect:/s/" + site + "/articles/" + slug + "?from=" + form;
    }

    @PostMapping("/s/{site}/deflection/{form}/answered/{slug}")
    String answered(@PathVariable("site") String site, @PathVariable("form") String form,
            @PathVariable("slug") String slug, HttpSession session,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response) {
        requireForm(form);
        journeys.confirmed(site, form, DeflectionJourneys.visitor(session), slug);
        String done = "/s/" + site + "/deflection/answered";
        if (htmx != null) {
            response.setHeader("HX-Redirect", done);
            return "knowledge/deflection :: nothing";
        }
        return "redirect:" + done;
    }

    @GetMapping("/s/{site}/deflection/answered")
    String thanks() {
        return "knowledge/answered";
    }

    static boolean isForm(String form) {
        return form != null && DeflectionJourneys.FORM.matcher(form).matches();
    }

    private static void requireForm(String form) {
        if (!isForm(form)) {
            throw new NotFoundException("form " + form);
        }
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
