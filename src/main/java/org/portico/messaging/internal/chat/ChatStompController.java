package org.portico.messaging.internal.chat;

import java.security.Principal;
import java.util.Map;

import org.portico.identity.PorticoUser;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Controller;

/**
 * Messages, typing and read marks sent over STOMP to {@code /app/chat/<id>/…}; the same rules
 * as the REST API. A refused message comes back on the chat's topic as a {@code refused} frame
 * naming the sender's client reference.
 */
@Controller
class ChatStompController {

    private final ChatConversations conversations;
    private final ChatDesk desk;
    private final ChatBroadcaster broadcaster;
    private final ChatTexts texts;
    private final ChatStore store;

    ChatStompController(ChatConversations conversations, ChatDesk desk,
            ChatBroadcaster broadcaster, ChatTexts texts, ChatStore store) {
        this.conversations = conversations;
        this.desk = desk;
        this.broadcaster = broadcaster;
        this.texts = texts;
        this.store = store;
    }

    @MessageMapping("/chat/{id}/send")
    void send(@DestinationVariable("id") long id, @Payload CustomerChatApi.Written message,
            Principal principal, StompHeaderAccessor accessor) {
        PorticoUser user = ChatStompAccess.user(principal);
        try {
            if (ChatAccess.isStaff(user)) {
                desk.write(id, user, message.text(), message.clientRef());
            } else {
                conversations.write(id, viewer(user, accessor), message.text(),
                        message.clientRef());
            }
        } catch (ChatRefused refused) {
            store.find(id).ifPresent(chat -> broadcaster.refused(id, message.clientRef(),
                    texts.get(chat, refused.key(), refused.arguments())));
        }
    }

    @MessageMapping("/chat/{id}/typing")
    void typing(@DestinationVariable("id") long id, Principal principal,
            StompHeaderAccessor accessor) {
        PorticoUser user = ChatStompAccess.user(principal);
        if (ChatAccess.isStaff(user)) {
            desk.typing(id, user);
        } else {
            conversations.typing(id, viewer(user, accessor));
        }
    }

    @MessageMapping("/chat/{id}/read")
    void read(@DestinationVariable("id") long id, @Payload Map<String, Long> body,
            Principal principal, StompHeaderAccessor accessor) {
        PorticoUser user = ChatStompAccess.user(principal);
        long seq = body.getOrDefault("seq", 0L);
        if (ChatAccess.isStaff(user)) {
            desk.read(id, user, seq);
        } else {
            conversations.read(id, viewer(user, accessor), seq);
        }
    }

    private static ChatViewer viewer(PorticoUser user, StompHeaderAccessor accessor) {
        return CustomerChatApi.viewer(user, ChatStompAccess.token(accessor));
    }
}
