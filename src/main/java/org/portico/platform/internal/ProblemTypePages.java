package org.portico.platform.internal;

import org.portico.platform.NotFoundException;
import org.portico.platform.ProblemType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page each API problem's {@code type} opens: what the kind means and what a client can
 * do about it, in English or Chinese like every page.
 */
@Controller
class ProblemTypePages {

    @GetMapping(ProblemType.PATH + "{slug}")
    String page(@PathVariable("slug") String slug, Model model) {
        ProblemType kind = ProblemType.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("problem type " + slug));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ProblemType.values());
        return "platform/problem-type";
    }
}
