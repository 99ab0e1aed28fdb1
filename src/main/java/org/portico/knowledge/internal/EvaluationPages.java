package org.portico.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.portico.identity.PorticoUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /console/knowledge/evaluation}: an administrator uploads a corpus and judged queries
 * (the files of {@code eval deflection}) and sees the same figures. Nothing touches the live
 * index or the articles.
 */
@Controller
class EvaluationPages {

    @GetMapping("/console/knowledge/evaluation")
    String form(@AuthenticationPrincipal PorticoUser user) {
        KnowledgeStaff.requireAdmin(user);
        return "knowledge/console/evaluation";
    }

    @PostMapping("/console/knowledge/evaluation")
    String evaluate(@AuthenticationPrincipal PorticoUser user,
            @RequestParam("corpus") MultipartFile corpus,
            @RequestParam("queries") MultipartFile queries,
            @RequestParam(name = "mix", defaultValue = "best") String mix, Model model)
            throws IOException {
        KnowledgeStaff.requireAdmin(user);
        try {
            List<LabelledCsv.Row> corpusRows = read(corpus);
            List<LabelledCsv.Row> queryRows = read(queries);
            model.addAttribute("figures", RelevanceEvaluation.run(corpusRows, queryRows,
                    "lexical".equals(mix) ? QuestionRanker.Mix.LEXICAL
                            : QuestionRanker.Mix.BEST).line());
        } catch (LabelledCsv.Invalid e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArguments", e.arguments());
        }
        model.addAttribute("mix", mix);
        return "knowledge/console/evaluation";
    }

    private static List<LabelledCsv.Row> read(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return LabelledCsv.read(in);
        } catch (LabelledCsv.Invalid e) {
            throw e.in(file.getOriginalFilename());
        }
    }
}
