package org.portico.cases.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.portico.cases.CaseCsv;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.identity.PorticoUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's side of a case's life: its public history, following, closing, sharing with
 * a colleague (business portal), and the case list as CSV.
 */
@Controller
class CaseLifecyclePagesController {

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final ReopenRule reopening;
    private final MessageSource messages;

    CaseLifecyclePagesController(Cases cases, CaseLifecycle lifecycle, ReopenRule reopening,
            MessageSource messages) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.reopening = reopening;
        this.messages = messages;
    }

    @GetMapping("/s/{site}/cases/{number}/lifecycle")
    String panel(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        CaseView supportCase = cases.read(user, site, number).supportCase();
        model.addAttribute("c", supportCase);
        model.addAttribute("history", lifecycle.publicHistory(user, site, number));
        model.addAttribute("following", lifecycle.follows(user, number));
        model.addAttribute("takesReplies", reopening.takesReplies(supportCase));
        model.addAttribute("colleagues", lifecycle.colleagues(user, supportCase));
        model.addAttribute("sharedWith", lifecycle.sharedWith(user, number));
        return "cases/lifecycle :: panel";
    }

    @PostMapping("/s/{site}/cases/{number}/follow")
    String follow(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "follow", defaultValue = "true") boolean follow) {
        lifecycle.setFollowing(user, site, number, follow);
        return detail(site, number);
    }

    @PostMapping("/s/{site}/cases/{number}/close")
    String close(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user) {
        lifecycle.close(user, site, number);
        return detail(site, number);
    }

    @PostMapping("/s/{site}/cases/{number}/shares")
    String share(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user, @RequestParam("user") long colleague,
            @RequestParam(name = "shared", defaultValue = "true") boolean shared) {
        try {
            lifecycle.share(user, site, number, colleague, shared);
        } catch (IllegalArgumentException notAColleague) {
            return "redirect:/s/" + site + "/cases/" + number + "?share-refused";
        }
        return detail(site, number);
    }

    @GetMapping("/s/{site}/cases.csv")
    ResponseEntity<byte[]> csv(@PathVariable("site") String site,
            @AuthenticationPrincipal PorticoUser user, Locale locale) {
        List<CaseView> visible = cases.visibleTo(user, site);
        return csvResponse(CaseCsv.of(visible, messages, locale, null), "cases.csv");
    }

    static ResponseEntity<byte[]> csvResponse(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static String detail(String site, String number) {
        return "redirect:/s/" + site + "/cases/" + number;
    }
}
