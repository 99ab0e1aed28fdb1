package org.portico.console.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseView;
import org.portico.console.ReplyMacros;
import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.ArticleTexts;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.platform.PorticoProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Helpers of the reply composer on a case: reply macros filled in for this case, and help
 * articles of the case's site to insert as links.
 */
@Controller
class ComposerController {

    static final int ARTICLES = 5;

    private final CaseDesk desk;
    private final Directory directory;
    private final ReplyMacros macros;
    private final KnowledgeSuggestions suggestions;
    private final PorticoProperties properties;
    private final ArticleTexts texts;

    ComposerController(CaseDesk desk, Directory directory, ReplyMacros macros,
            KnowledgeSuggestions suggestions, PorticoProperties properties,
            ArticleTexts texts) {
        this.texts = texts;
        this.desk = desk;
        this.directory = directory;
        this.macros = macros;
        this.suggestions = suggestions;
        this.properties = properties;
    }

    /** The macro picker, each macro's text already filled in for this case and agent. */
    @GetMapping("/console/cases/{number}/composer")
    String tools(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, Model model) {
        ConsoleAccess.requireAgent(agent);
        CaseView supportCase = desk.read(number).supportCase();
        String customer = directory.customer(supportCase.requesterUserId())
                .map(CustomerSummary::name).orElse("");
        Map<String, String> values = MacroText.values(customer, number, agent.displayName());
        model.addAttribute("number", number);
        model.addAttribute("macros", macros.all().stream()
                .map(m -> new FilledMacro(m.id(), m.name(), m.language(),
                        MacroText.fill(m.body(), values)))
                .toList());
        return "console/composer :: tools";
    }

    /** Published articles of the case's site matching {@code q}, with absolute links. */
    @GetMapping("/console/cases/{number}/articles")
    String articles(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number,
            @RequestParam(name = "q", defaultValue = "") String query, Locale locale,
            Model model) {
        ConsoleAccess.requireAgent(agent);
        CaseView supportCase = desk.read(number).supportCase();
        List<InsertableArticle> found = query.isBlank() ? List.of()
                : suggestions.suggest(supportCase.site(), query, locale, ARTICLES).stream()
                        .map(a -> insertable(supportCase.site(), a, locale)).toList();
        model.addAttribute("articles", found);
        model.addAttribute("query", query);
        return "console/composer :: articles";
    }

    private InsertableArticle insertable(String site, ArticleSuggestion article,
            Locale locale) {
        String url = properties.publicBaseUrl() + article.url();
        String text = texts.plainText(site, article.url(), locale).orElse(article.snippet());
        return new InsertableArticle(article.title(), url, article.snippet(), text);
    }

    /** A macro as offered in the composer. */
    record FilledMacro(long id, String name, String language, String text) {
    }

    /** An article offered for insertion; {@code url} is absolute, {@code text} plain. */
    record InsertableArticle(String title, String url, String snippet, String text) {
    }
}
