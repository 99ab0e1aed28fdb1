package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.messaging.BotRequest;
import org.portico.messaging.BotTurn;
import org.portico.messaging.ChatBot;
import org.portico.messaging.ChatEnded;
import org.portico.messaging.ChatHandedOver;
import org.portico.messaging.ChatRated;
import org.portico.messaging.ChatStarted;
import org.portico.sites.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chat from the customer's side: starting it (once per visitor, however often they press the
 * button), writing, the bot's answers, asking for a person, ending and rating.
 */
@Service
class ChatConversations {

    private static final Logger log = LoggerFactory.getLogger(ChatConversations.class);

    private final ChatStore store;
    private final ChatMessages messages;
    private final ChatAccess access;
    private final ChatRouting routing;
    private final ChatBot bot;
    private final ChatTexts texts;
    private final ChatBroadcaster broadcaster;
    private final ChatDeflectionSignals signals;
    private final Sites sites;
    private final ApplicationEventPublisher events;
    private final ChatProperties properties;
    private final ChatHours hours;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    ChatConversations(ChatStore store, ChatMessages messages, ChatAccess access,
            ChatRouting routing, ChatBot bot, ChatTexts texts, ChatBroadcaster broadcaster,
            ChatDeflectionSignals signals, Sites sites, ApplicationEventPublisher events,
            ChatProperties properties, ChatHours hours, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.messages = messages;
        this.access = access;
        this.routing = routing;
        this.bot = bot;
        this.texts = texts;
        this.broadcaster = broadcaster;
        this.signals = signals;
        this.sites = sites;
        this.events = events;
        this.properties = properties;
        this.hours = hours;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Starts a chat, or returns the visitor's open chat on this site. Two requests at the same
     * moment meet at the unique open key in the database, so they yield one chat.
     */
    ChatView start(StartChat request, ChatViewer viewer, Locale locale) {
        sites.find(request.site()).orElseThrow(() -> new ChatRefused("chat.refused.site"));
        NewChat chat = newChat(request, viewer, locale);
        Long created = newTransaction.execute(tx -> insertOrNull(chat));
        if (created == null) {
            Chat open = store.findOpen(chat.openKey()).orElseThrow(
                    () -> new ChatRefused("chat.refused.busy"));
            return view(open);
        }
        log.info("Chat {} started on site {}", created, request.site());
        signals.chatStarted(request.site(), viewer);
        events.publishEvent(new ChatStarted(created, request.site(), chat.customerUserId(),
                clock.instant()));
        if (request.question() != null && !request.question().isBlank()) {
            write(created, viewer, request.question(), "start");
        }
        return view(store.find(created).orElseThrow());
    }

    ChatView view(long chatId, ChatViewer viewer) {
        return view(access.customerChat(chatId, viewer));
    }

    List<ChatLine> linesAfter(long chatId, ChatViewer viewer, long after) {
        access.customerChat(chatId, viewer);
        return store.linesAfter(chatId, after, 500);
    }

    /** The customer writes; while the bot holds the chat, it answers right after. */
    ChatLine write(long chatId, ChatViewer viewer, String text, String clientRef) {
        Chat chat = access.customerChat(chatId, viewer);
        ChatMessages.Stored stored = messages.write(chatId, Author.CUSTOMER,
                viewer.user() == null ? null : viewer.user().id(), chat.customerName(), text,
                clientRef);
        if (chat.status() == ChatStatus.BOT && stored.fresh()) {
            answer(chat, stored.line().body());
        }
        return stored.line();
    }

    void typing(long chatId, ChatViewer viewer) {
        access.customerChat(chatId, viewer);
        broadcaster.typing(chatId, Author.CUSTOMER);
    }

    void read(long chatId, ChatViewer viewer, long seq) {
        access.customerChat(chatId, viewer);
        store.markRead(chatId, true, seq);
        broadcaster.read(chatId, Author.CUSTOMER, seq);
    }

    /** The customer asks for a person; the chat joins the queue. */
    void askForPerson(long chatId, ChatViewer viewer) {
        handOver(access.customerChat(chatId, viewer), null);
    }

    /** The customer's answer to "Did this help?" about the bot's article at {@code seq}. */
    void helpful(long chatId, ChatViewer viewer, long seq, boolean helped) {
        Chat chat = access.customerChat(chatId, viewer);
        ChatLine asked = store.linesAfter(chatId, seq - 1, 1).stream()
                .filter(l -> l.seq() == seq && "ASK_IF_HELPFUL".equals(l.action()))
                .findFirst().orElseThrow(() -> new ChatRefused("chat.refused.not-asked"));
        if (helped) {
            signals.answerConfirmed(chat.id(), chat.site(), asked.linkUrl());
            messages.say(chatId, Author.BOT, null,
                    NewLine.text(texts.get(chat, "chat.bot.glad"), null));
        } else {
            messages.say(chatId, Author.BOT, null,
                    NewLine.offering(texts.get(chat, "chat.bot.sorry"), "OFFER_PERSON"));
        }
    }

    void end(long chatId, ChatViewer viewer) {
        end(access.customerChat(chatId, viewer));
    }

    void end(Chat chat) {
        boolean ended = Boolean.TRUE.equals(newTransaction.execute(tx -> {
            Chat locked = store.lock(chat.id()).orElseThrow();
            if (!locked.status().isOpen()) {
                return false;
            }
            store.end(chat.id(), clock.instant());
            messages.say(chat.id(), Author.SYSTEM, null,
                    NewLine.offering(texts.get(chat, "chat.system.ended"), "RATE"));
            events.publishEvent(new ChatEnded(chat.id(), chat.site(), locked.ownerId(),
                    clock.instant()));
            broadcaster.status(chat.id(), ChatStatus.ENDED);
            return true;
        }));
        if (ended) {
            log.info("Chat {} ended", chat.id());
            routing.route();
        }
    }

    void rate(long chatId, ChatViewer viewer, int score) {
        Chat chat = access.customerChat(chatId, viewer);
        if (score < 1 || score > 5) {
            throw new ChatRefused("chat.refused.rating");
        }
        if (chat.status().isOpen()) {
            throw new ChatRefused("chat.refused.not-ended");
        }
        if (store.rate(chatId, score)) {
            events.publishEvent(new ChatRated(chatId, chat.site(), chat.ownerId(), score,
                    clock.instant()));
        }
    }

    void handOver(Chat chat, String intent) {
        boolean moved = Boolean.TRUE.equals(newTransaction.execute(tx -> {
            Chat locked = store.lock(chat.id()).orElseThrow();
            if (locked.status() != ChatStatus.BOT) {
                return false;
            }
            String queue = properties.queues().get(0);
            store.waitForPerson(chat.id(), queue, intent, clock.instant());
            events.publishEvent(new ChatHandedOver(chat.id(), chat.site(), queue,
                    intent == null ? locked.lastIntent() : intent, clock.instant()));
            broadcaster.status(chat.id(), ChatStatus.WAITING);
            return true;
        }));
        if (moved) {
            log.info("Chat {} waits for a person", chat.id());
            routing.route();
            tellWait(store.find(chat.id()).orElseThrow());
        }
    }

    /** Tells a waiting customer where they stand, or offers to leave a message. */
    void tellWait(Chat chat) {
        if (chat.status() != ChatStatus.WAITING) {
            return;
        }
        if (!isOpenNow()) {
            messages.say(chat.id(), Author.SYSTEM, null,
                    NewLine.offering(texts.get(chat, "chat.system.closed"), "LEAVE_MESSAGE"));
        } else if (!routing.anyoneAvailable()) {
            messages.say(chat.id(), Author.SYSTEM, null, NewLine.offering(
                    texts.get(chat, "chat.system.none-available", store.positionOf(chat)),
                    "LEAVE_MESSAGE"));
        } else {
            messages.say(chat.id(), Author.SYSTEM, null, NewLine.text(
                    texts.get(chat, "chat.system.connecting", store.positionOf(chat)), null));
        }
    }

    boolean isOpenNow() {
        return hours.isOpenNow();
    }

    private void answer(Chat chat, String text) {
        List<String> earlier = store.customerTexts(chat.id());
        BotTurn turn = askBot(new BotRequest(chat.site(), text, chat.language(),
                chat.customerUserId(), earlier.subList(0, Math.max(0, earlier.size() - 1))));
        boolean notUnderstood = "oos".equals(turn.intent());
        String action = notUnderstood && turn.action() == BotTurn.Action.HAND_OVER
                ? "OFFER_PERSON" : turn.action().name();
        messages.say(chat.id(), Author.BOT, null, new NewLine(turn.text(), turn.linkTitle(),
                turn.linkUrl(), action, null));
        if (turn.action() == BotTurn.Action.HAND_OVER && !notUnderstood) {
            handOver(chat, turn.intent());
        }
    }

    private BotTurn askBot(BotRequest request) {
        try {
            return bot.reply(request);
        } catch (RuntimeException e) {
            log.warn("The chat bot failed on a message; offering a person instead", e);
            return new BotTurn("oos", 0, texts.get(request.locale(), "chat.bot.unknown"), null,
                    null, BotTurn.Action.HAND_OVER);
        }
    }

    private Long insertOrNull(NewChat chat) {
        try {
            return store.insert(chat, clock.instant());
        } catch (DuplicateKeyException e) {
            return null;
        }
    }

    private NewChat newChat(StartChat request, ChatViewer viewer, Locale locale) {
        PorticoUser user = viewer.user();
        if (user == null && !viewer.hasToken()) {
            throw new ChatRefused("chat.refused.token");
        }
        String who = user != null ? "u" + user.id() : "v" + viewer.tokenHash();
        String name = user != null ? user.displayName() : required(request.name(), 200,
                "chat.refused.name");
        String email = user != null ? user.email() : email(request.email());
        return new NewChat(request.site(), request.site() + ":" + who, viewer.tokenHash(),
                user == null ? null : user.id(), name, email, locale.toLanguageTag(),
                properties.queues().get(0));
    }

    private ChatView view(Chat chat) {
        long position = chat.status() == ChatStatus.WAITING ? store.positionOf(chat) : 0;
        return new ChatView(chat.id(), chat.site(), chat.status().name(), chat.lastSeq(),
                position, routing.anyoneAvailable(), isOpenNow(), chat.agentRead(),
                chat.rating(), chat.caseNumber());
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw new ChatRefused(key);
        }
        if (value.strip().length() > max) {
            throw new ChatRefused(key + "-too-long", max);
        }
        return value.strip();
    }

    private static String email(String value) {
        String email = required(value, 254, "chat.refused.email");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ChatRefused("chat.refused.email");
        }
        return email;
    }
}
