package org.portico.surveys.internal;

import jakarta.validation.Valid;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.surveys.internal.NpsSurveys.Survey;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The NPS question: on its own page reached from the email's link (the token is the key; a
 * signed-in customer who opens someone else's link gets 404), on a page of the signed-in
 * contact's open survey, and as a banner above the site's pages while one is open.
 */
@Controller
class NpsController {

    private static final String PAGE = "surveys/nps";

    private final NpsSurveys surveys;

    NpsController(NpsSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/s/{site}/nps/{token}")
    String page(@PathVariable("site") String site, @PathVariable("token") String token,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        Survey survey = byToken(site, token, user);
        return show(model, survey, new SurveyForm(), link(site, token), false);
    }

    @PostMapping("/s/{site}/nps/{token}")
    String answer(@PathVariable("site") String site, @PathVariable("token") String token,
            @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") SurveyForm form, BindingResult errors, Model model) {
        Survey survey = byToken(site, token, user);
        return answer(model, survey, form, errors, link(site, token));
    }

    @GetMapping("/s/{site}/nps")
    String open(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        if (user == null) {
            return "redirect:/s/" + site + "/signin";
        }
        Survey survey = surveys.open(user.id(), site).orElse(null);
        model.addAttribute("npsPage", true);
        if (survey == null) {
            return PAGE;
        }
        return show(model, survey, new SurveyForm(), answerLink(site, survey.id()), false);
    }

    @PostMapping("/s/{site}/nps/answers/{id}")
    String answerSignedIn(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") SurveyForm form, BindingResult errors, Model model) {
        Survey survey = surveys.byId(id).filter(s -> s.site().equals(site))
                .filter(s -> user != null && s.customerUserId() == user.id())
                .orElseThrow(() -> new NotFoundException("survey"));
        return answer(model, survey, form, errors, answerLink(site, id));
    }

    @GetMapping("/s/{site}/nps-banner")
    String banner(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        boolean open = user != null && surveys.open(user.id(), site).isPresent();
        return PAGE + (open ? " :: banner" : " :: nothing");
    }

    private String answer(Model model, Survey survey, SurveyForm form, BindingResult errors,
            String action) {
        if (survey.answered()) {
            return show(model, survey, form, action, true);
        }
        form.checkScore(0, 10, errors);
        if (errors.hasErrors()) {
            return show(model, survey, form, action, false);
        }
        boolean recorded = surveys.answer(survey, form.getScore(), form.getComment());
        Survey now = surveys.byId(survey.id()).orElse(survey);
        model.addAttribute("thanks", recorded);
        return show(model, now, form, action, !recorded);
    }

    private static String show(Model model, Survey survey, SurveyForm form, String action,
            boolean again) {
        model.addAttribute("survey", survey);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("again", again);
        model.addAttribute("npsPage", true);
        return PAGE;
    }

    private Survey byToken(String site, String token, PorticoUser user) {
        return surveys.byToken(token).filter(s -> s.site().equals(site))
                .filter(s -> user == null || user.id() == s.customerUserId())
                .orElseThrow(() -> new NotFoundException("survey"));
    }

    private static String link(String site, String token) {
        return "/s/" + site + "/nps/" + token;
    }

    private static String answerLink(String site, long id) {
        return "/s/" + site + "/nps/answers/" + id;
    }
}
