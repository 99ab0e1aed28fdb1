package org.portico.messaging.internal.bot;

import java.util.List;
import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.messaging.BotRequest;
import org.portico.messaging.BotTurn;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators keep the bot's intents at {@code /console/bot} and try the bot there.
 */
@Controller
class BotConsoleController {

    private static final Logger log = LoggerFactory.getLogger(BotConsoleController.class);
    private static final String PAGE = "messaging/bot";

    private final BotIntentStore store;
    private final IntentBot bot;

    BotConsoleController(BotIntentStore store, IntentBot bot) {
        this.store = store;
        this.bot = bot;
    }

    @GetMapping("/console/bot")
    String list(@AuthenticationPrincipal PorticoUser user, Model model) {
        requireAdministrator(user);
        return page(model, new BotIntentForm(), null);
    }

    @PostMapping("/console/bot")
    String add(@AuthenticationPrincipal PorticoUser user,
            @ModelAttribute("form") BotIntentForm form, BindingResult result, Model model) {
        requireAdministrator(user);
        if (invalid(form, null, result)) {
            return page(model, form, null);
        }
        store.add(form.getName(), BotTask.ANSWER, BotIntentForm.blankToNull(form.getAnswerEn()),
                BotIntentForm.blankToNull(form.getAnswerZh()), false,
                BotIntentForm.lines(form.getPhrasesEn()), BotIntentForm.lines(form.getPhrasesZh()));
        log.info("Bot intent {} added by user {}", form.getName(), user.id());
        bot.retrain();
        return "redirect:/console/bot";
    }

    @GetMapping("/console/bot/{id}/edit")
    String edit(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            Model model) {
        requireAdministrator(user);
        return page(model, BotIntentForm.of(intent(id)), intent(id));
    }

    @PostMapping("/console/bot/{id}")
    String update(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @ModelAttribute("form") BotIntentForm form, BindingResult result, Model model) {
        requireAdministrator(user);
        BotIntent intent = intent(id);
        if (intent.builtIn()) {
            form.setName(intent.name());
        }
        if (invalid(form, id, result)) {
            return page(model, form, intent);
        }
        store.update(id, form.getName(), BotIntentForm.blankToNull(form.getAnswerEn()),
                BotIntentForm.blankToNull(form.getAnswerZh()),
                BotIntentForm.lines(form.getPhrasesEn()), BotIntentForm.lines(form.getPhrasesZh()));
        log.info("Bot intent {} changed by user {}", form.getName(), user.id());
        bot.retrain();
        return "redirect:/console/bot";
    }

    @PostMapping("/console/bot/{id}/delete")
    String delete(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id) {
        requireAdministrator(user);
        store.delete(id);
        log.info("Bot intent {} deleted by user {}", id, user.id());
        bot.retrain();
        return "redirect:/console/bot";
    }

    @PostMapping("/console/bot/try")
    String tryBot(@AuthenticationPrincipal PorticoUser user, @RequestParam("text") String text,
            @RequestParam(name = "language", defaultValue = "en") String language,
            @RequestParam(name = "site", defaultValue = "help") String site, Model model) {
        requireAdministrator(user);
        Locale locale = IntentBot.localeOf(language);
        BotTurn turn = bot.reply(new BotRequest(site, text, locale, null, List.of()));
        model.addAttribute("turn", turn);
        model.addAttribute("threshold", bot.threshold());
        return PAGE + " :: result";
    }

    private BotIntent intent(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("bot intent " + id));
    }

    private String page(Model model, BotIntentForm form, BotIntent editing) {
        model.addAttribute("intents", store.all());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("threshold", bot.threshold());
        return PAGE;
    }

    private boolean invalid(BotIntentForm form, Long id, BindingResult result) {
        if (!form.hasValidName()) {
            result.rejectValue("name", "bot.form.name.invalid");
        } else if (store.nameTaken(form.getName(), id)) {
            result.rejectValue("name", "bot.form.name.taken");
        }
        if (!form.hasPhrases()) {
            result.rejectValue("phrasesEn", "bot.form.phrases.empty");
        } else if (!form.hasShortPhrases()) {
            result.rejectValue("phrasesEn", "bot.form.phrases.tooLong");
        }
        if (!form.hasShortAnswers()) {
            result.rejectValue("answerEn", "bot.form.answer.tooLong");
        }
        return result.hasErrors();
    }

    private static void requireAdministrator(PorticoUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("The bot is kept by administrators");
        }
    }
}
