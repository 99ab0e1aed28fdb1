package org.portico.messaging.internal.bot;

import java.util.List;
import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.messaging.BotRequest;
import org.portico.messaging.BotTurn;
import org.portico.messaging.ChatBot;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/bot/reply}: the bot's answer to one message, for the signed-in person
 * (session or HTTP Basic). A customer's case and order questions are answered about their own
 * records; staff are answered as a visitor would be.
 */
@RestController
class BotApiController {

    private static final int MAX_EARLIER = 20;

    private final ChatBot bot;

    BotApiController(ChatBot bot) {
        this.bot = bot;
    }

    /**
     * A message put to the bot.
     *
     * @param locale a language tag such as {@code en} or {@code zh-CN}; English when absent
     */
    record ReplyRequest(String site, String text, String locale, List<String> earlierTexts) {
    }

    @PostMapping("/api/v1/bot/reply")
    BotTurn reply(@AuthenticationPrincipal PorticoUser user, @RequestBody ReplyRequest body) {
        Long customer = user != null && !user.role().isStaff() ? user.id() : null;
        List<String> earlier = body.earlierTexts() == null ? List.of()
                : body.earlierTexts().stream().limit(MAX_EARLIER).toList();
        return bot.reply(new BotRequest(body.site() == null ? "help" : body.site(),
                body.text(), locale(body.locale()), customer, earlier));
    }

    private static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.ENGLISH;
        }
        return Locale.forLanguageTag(tag.replace('_', '-'));
    }
}
