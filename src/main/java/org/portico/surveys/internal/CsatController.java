package org.portico.surveys.internal;

import jakarta.validation.Valid;

import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.surveys.internal.CsatSurveys.Survey;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The satisfaction question: on its own page reached from the email's link (no sign-in, the
 * token is the key), and inside the case page of a signed-in customer.
 */
@Controller
class CsatController {

    private final CsatSurveys surveys;
    private final Cases cases;

    CsatController(CsatSurveys surveys, Cases cases) {
        this.surveys = surveys;
        this.cases = cases;
    }

    @GetMapping("/s/{site}/csat/{token}")
    String page(@PathVariable("site") String site, @PathVariable("token") String token,
            Model model) {
        Survey survey = byToken(site, token);
        return show(model, survey, new SurveyForm(), "/s/" + site + "/csat/" + token, false,
                "surveys/csat");
    }

    @PostMapping("/s/{site}/csat/{token}")
    String answer(@PathVariable("site") String site, @PathVariable("token") String token,
            @Valid @ModelAttribute("form") SurveyForm form, BindingResult errors, Model model) {
        Survey survey = byToken(site, token);
        return answer(model, survey, form, errors, "/s/" + site + "/csat/" + token,
                "surveys/csat");
    }

    @GetMapping("/s/{site}/cases/{number}/csat")
    String inCase(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        Survey survey = byCase(user, site, number);
        if (survey == null) {
            return "surveys/csat :: nothing";
        }
        return show(model, survey, new SurveyForm(), action(site, number), false,
                "surveys/csat :: question");
    }

    @PostMapping("/s/{site}/cases/{number}/csat")
    String answerInCase(@PathVariable("site") String site,
            @PathVariable("number") String number, @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") SurveyForm form, BindingResult errors, Model model) {
        Survey survey = byCase(user, site, number);
        if (survey == null) {
            throw new NotFoundException("survey of case " + number);
        }
        return answer(model, survey, form, errors, action(site, number), "surveys/csat");
    }

    private String answer(Model model, Survey survey, SurveyForm form, BindingResult errors,
            String action, String view) {
        if (survey.answered()) {
            return show(model, survey, form, action, true, view);
        }
        form.checkScore(1, 5, errors);
        if (errors.hasErrors()) {
            return show(model, survey, form, action, false, view);
        }
        boolean recorded = surveys.answer(survey, form.getScore(), form.getComment());
        Survey now = surveys.byCase(survey.caseNumber()).orElse(survey);
        model.addAttribute("thanks", recorded);
        return show(model, now, form, action, !recorded, view);
    }

    private static String show(Model model, Survey survey, SurveyForm form, String action,
            boolean again, String view) {
        model.addAttribute("survey", survey);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("again", again);
        return view;
    }

    private Survey byToken(String site, String token) {
        return surveys.byToken(token).filter(s -> s.site().equals(site))
                .orElseThrow(() -> new NotFoundException("survey"));
    }

    /** The survey of a case the user may see, or {@code null} while there is none. */
    private Survey byCase(PorticoUser user, String site, String number) {
        CaseView supportCase = cases.read(user, site, number).supportCase();
        CaseStatus status = supportCase.status();
        if (status != CaseStatus.SOLVED && status != CaseStatus.CLOSED) {
            return null;
        }
        return surveys.byCase(number).filter(s -> s.customerUserId() == user.id()).orElse(null);
    }

    private static String action(String site, String number) {
        return "/s/" + site + "/cases/" + number + "/csat";
    }
}
