package org.portico.messaging.internal.chat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.messaging.BotRequest;
import org.portico.messaging.BotTurn;
import org.portico.messaging.ChatBot;
import org.springframework.stereotype.Component;

/**
 * A stand-in bot until the intent model arrives: it hands over when asked for a person,
 * answers with the best matching article, and otherwise says it did not understand.
 */
@Component
class InterimChatBot implements ChatBot {

    private static final Set<String> PERSON = Set.of("talk to a person",
            "i want to speak to an agent", "human please", "转人工", "我要人工客服", "agent",
            "person", "human");

    private final KnowledgeSuggestions knowledge;
    private final ChatTexts texts;

    InterimChatBot(KnowledgeSuggestions knowledge, ChatTexts texts) {
        this.knowledge = knowledge;
        this.texts = texts;
    }

    @Override
    public BotTurn reply(BotRequest request) {
        Locale locale = request.locale() == null ? Locale.ENGLISH : request.locale();
        String text = request.text() == null ? "" : request.text().strip();
        String asked = text.toLowerCase(Locale.ROOT).replaceAll("[.!?。！？]+$", "");
        if (PERSON.contains(asked)) {
            return new BotTurn("talk_to_person", 1, texts.get(locale, "chat.bot.handover"), null,
                    null, BotTurn.Action.HAND_OVER);
        }
        List<ArticleSuggestion> found = text.isEmpty() ? List.of()
                : knowledge.suggest(request.site(), text, locale, 1);
        if (!found.isEmpty()) {
            ArticleSuggestion best = found.get(0);
            return new BotTurn("knowledge", 0.6, texts.get(locale, "chat.bot.article",
                    best.title(), best.snippet()), best.title(), best.url(),
                    BotTurn.Action.ASK_IF_HELPFUL);
        }
        return new BotTurn("oos", 0, texts.get(locale, "chat.bot.unknown"), null, null,
                BotTurn.Action.HAND_OVER);
    }
}
