package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.AnsweredQuestions;
import org.portico.knowledge.DeflectionSignals;
import org.portico.knowledge.SuggestionThreshold;
import org.portico.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Suggestions for forms where a customer is about to ask for help (the case form, the
 * pre-chat and community forms): articles and, through {@link AnsweredQuestions}, answered
 * community questions, as an htmx fragment; the links that record an
 * opened suggestion, and "this answered my question", which ends the visit without the form
 * being sent.
 */
@Controller
class DeflectionPages {

    private static final int QUESTIONS = 3;
    private static final String QUESTION_KEY = "question.";

    private final ArticleSearch search;
    private final DeflectionJourneys journeys;
    private final ObjectProvider<AnsweredQuestions> questions;
    private final KnowledgeCatalog catalog;

    DeflectionPages(ArticleSearch search, DeflectionJourneys journeys,
            ObjectProvider<AnsweredQuestions> questions, KnowledgeCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
        this.journeys = journeys;
        this.questions = questions;
    }

    /**
     * An offered article or answered question; {@code slug} is the article's slug or
     * {@code question.<id>} (signals count both alike), {@code openUrl} records the opening on
     * the way to it.
     */
    record Offered(String slug, String title, String summary, String openUrl,
            boolean question) {
    }

    @GetMapping("/s/{site}/deflection/{form}")
    String suggestions(@PathVariable("site") String site, @PathVariable("form") String form,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "subject", required = false) String subject,
            @RequestParam(name = "question", required = false) String question,
            @AuthenticationPrincipal PorticoUser reader, HttpServletRequest request, Locale locale,
            Model model) {
        requireForm(form);
        String text = ArticleSearch.clean(firstOf(q, subject, question));
        List<Offered> offered = SuggestionThreshold.reached(text)
                ? offer(site, form, text, locale, reader) : List.of();
        journeys.shown(site, form, DeflectionJourneys.visitor(request.getSession()),
                offered.stream().map(Offered::slug).toList());
        model.addAttribute("offered", offered);
        model.addAttribute("form", form);
        model.addAttribute("searched", SuggestionThreshold.reached(text));
        return "knowledge/deflection :: suggestions";
    }

    /** Articles first, then answered community questions, each opened through a record. */
    private List<Offered> offer(String site, String form, String text, Locale locale,
            PorticoUser reader) {
        String open = "/s/" + site + "/deflection/" + form + "/open/";
        List<Offered> offered = new ArrayList<>();
        search.suggestArticles(site, text, locale, KnowledgePages.SUGGESTIONS,
                Readers.of(reader)).forEach(a -> offered.add(
                        new Offered(a.slug(), a.title(), a.summary(), open + a.slug(), false)));
        questions.ifAvailable(found -> found.suggest(site, text, locale, QUESTIONS)
                .forEach(q -> offered.add(new Offered(QUESTION_KEY + q.id(), q.title(),
                        q.snippet(), open + QUESTION_KEY + q.id(), true))));
        return offered;
    }

    @GetMapping("/s/{site}/deflection/{form}/open/{slug}")
    String open(@PathVariable("site") String site, @PathVariable("form") String form,
            @PathVariable("slug") String slug, @AuthenticationPrincipal PorticoUser reader,
            HttpServletRequest request) {
        requireForm(form);
        Long question = offerable(site, slug, reader);
        journeys.opened(site, form, DeflectionJourneys.visitor(request.getSession()), slug);
        String target = question == null ? "/s/" + site + "/articles/" + slug
                : "/s/" + site + "/community/questions/" + question;
        return "redirect:" + target + "?from=" + form;
    }

    /**
     * The question a {@code question.<id>} key names, when it may be offered; null for an
     * article the reader may open. Anything else is not found, so that no signal is recorded
     * for something that was never offered.
     */
    private Long offerable(String site, String slug, PorticoUser reader) {
        if (!slug.startsWith(QUESTION_KEY)) {
            if (!catalog.isReadable(site, slug, Readers.of(reader))) {
                throw new NotFoundException("article " + slug);
            }
            return null;
        }
        AnsweredQuestions answered = questions.getIfAvailable();
        String digits = slug.substring(QUESTION_KEY.length());
        if (answered == null || !digits.matches("[0-9]{1,18}")
                || !answered.isAnswered(site, Long.parseLong(digits))) {
            throw new NotFoundException("question " + slug);
        }
        return Long.parseLong(digits);
    }

    @PostMapping("/s/{site}/deflection/{form}/answered/{slug}")
    String answered(@PathVariable("site") String site, @PathVariable("form") String form,
            @PathVariable("slug") String slug, @AuthenticationPrincipal PorticoUser reader,
            HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response) {
        requireForm(form);
        offerable(site, slug, reader);
        journeys.confirmed(site, form, DeflectionJourneys.visitor(request.getSession()), slug);
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
        return form != null && DeflectionSignals.FORMS.contains(form);
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
