package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.portico.cases.CaseAttachments.Typed;
import org.portico.messaging.ChatMessagePosted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a chat's messages: checks them (length, flood limit, chat still open), numbers them,
 * publishes one {@link ChatMessagePosted} per stored message and sends it to the chat's topic
 * after commit. A message sent again with the same client reference is stored once.
 */
@Component
class ChatMessages {

    private final ChatStore store;
    private final ChatBroadcaster broadcaster;
    private final ApplicationEventPublisher events;
    private final ChatProperties properties;
    private final Clock clock;

    ChatMessages(ChatStore store, ChatBroadcaster broadcaster, ApplicationEventPublisher events,
            ChatProperties properties, Clock clock) {
        this.store = store;
        this.broadcaster = broadcaster;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A message written by a person; refused when empty, too long, too fast or too late. */
    @Transactional
    Stored write(long chatId, Author author, Long userId, String name, String text,
            String clientRef) {
        return written(chatId, author, userId, name, clientRef, text, null);
    }

    /**
     * A file sent by a person, checked by the caller ({@link ChatFiles}); the message shows its
     * name. Refused when too fast or too late, like a message.
     */
    @Transactional
    Stored writeFile(long chatId, Author author, Long userId, String name, Typed file,
            String clientRef) {
        return written(chatId, author, userId, name, clientRef, null, file);
    }

    private Stored written(long chatId, Author author, Long userId, String name,
            String clientRef, String text, Typed file) {
        Chat chat = store.lock(chatId).orElseThrow();
        if (!chat.status().isOpen()) {
            throw new ChatRefused("chat.refused.ended");
        }
        String ref = clientRef == null || clientRef.isBlank() ? null : clientRef.strip();
        if (ref != null && ref.length() > 64) {
            throw new ChatRefused("chat.refused.reference");
        }
        Optional<ChatLine> earlier = ref == null ? Optional.empty() : store.lineByRef(chatId, ref);
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), false);
        }
        String body = file == null ? clean(text) : file.fileName();
        Instant now = clock.instant();
        checkPace(chatId, author, now);
        ChatFile saved = file == null ? null : store.saveFile(chatId, file, userId, now);
        ChatLine line = append(chat, author, userId, name, NewLine.text(body, ref), saved, now);
        return new Stored(line, true);
    }

    /** A message from the bot or the system; never refused. */
    @Transactional
    ChatLine say(long chatId, Author author, String name, NewLine line) {
        Chat chat = store.lock(chatId).orElseThrow();
        return append(chat, author, null, name, line, null, clock.instant());
    }

    private ChatLine append(Chat chat, Author author, Long userId, String name, NewLine line,
            ChatFile file, Instant now) {
        long seq = store.append(chat, author, userId, name, line, file == null ? null : file.id(),
                now);
        ChatLine stored = new ChatLine(seq, author.name(), name, line.body(), line.linkTitle(),
                line.linkUrl(), line.action(), line.clientRef(), now, file);
        events.publishEvent(new ChatMessagePosted(chat.id(), seq, chat.site(), author.name(),
                userId, now));
        broadcaster.message(chat.id(), stored);
        return stored;
    }

    private String clean(String text) {
        String body = text == null ? "" : text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (body.isEmpty()) {
            throw new ChatRefused("chat.refused.empty");
        }
        if (body.length() > properties.maxLength()) {
            throw new ChatRefused("chat.refused.too-long", properties.maxLength());
        }
        return body;
    }

    private void checkPace(long chatId, Author author, Instant now) {
        long recent = store.countSince(chatId, author, now.minus(properties.rateWindow()));
        if (recent >= properties.rateLimit()) {
            throw new ChatRefused("chat.refused.too-fast");
        }
    }

    /**
     * A message written by a person.
     *
     * @param fresh false when the same client reference had been stored before
     */
    record Stored(ChatLine line, boolean fresh) {
    }
}
