package org.portico.messaging.internal.chat;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portico.identity.PorticoUser;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The access rules of the REST API, applied to STOMP: a subscription to a chat's topic or a
 * message sent to it is refused (an ERROR frame) for anyone who may not read or write that
 * chat; an agent's own topic is theirs alone; clients never publish to a topic directly. Frames
 * to an agent who lost a chat (after a transfer) are dropped on the way out.
 */
@Component
class ChatStompAccess {

    static final String TOKEN_HEADER = "chat-token";
    private static final Pattern CHAT_TOPIC = Pattern.compile("^/topic/chat\\.(\\d+)$");
    private static final Pattern AGENT_TOPIC = Pattern.compile("^/topic/agent\\.(\\d+)$");
    private static final Pattern CHAT_APP = Pattern.compile("^/app/chat/(\\d+)/[a-z]+$");

    private final ChatAccess access;
    private final ChatStore store;
    private final Map<String, PorticoUser> staffSessions = new ConcurrentHashMap<>();

    ChatStompAccess(ChatAccess access, ChatStore store) {
        this.access = access;
        this.store = store;
    }

    ChannelInterceptor inbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                check(MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class));
                return message;
            }
        };
    }

    ChannelInterceptor outbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                return mayReceive(message) ? message : null;
            }
        };
    }

    static PorticoUser user(Principal principal) {
        return principal instanceof Authentication auth
                && auth.getPrincipal() instanceof PorticoUser user ? user : null;
    }

    static String token(StompHeaderAccessor accessor) {
        Map<String, Object> attributes = accessor.getSessionAttributes();
        return attributes == null ? null : (String) attributes.get(TOKEN_HEADER);
    }

    private void check(StompHeaderAccessor accessor) {
        if (accessor == null || accessor.getCommand() == null) {
            return;
        }
        PorticoUser user = user(accessor.getUser());
        switch (accessor.getCommand()) {
            case CONNECT -> connected(accessor, user);
            case DISCONNECT -> staffSessions.remove(accessor.getSessionId());
            case SUBSCRIBE -> subscribing(accessor, user, accessor.getDestination());
            case SEND -> sending(accessor, user, accessor.getDestination());
            default -> {
            }
        }
    }

    private void connected(StompHeaderAccessor accessor, PorticoUser user) {
        String token = accessor.getFirstNativeHeader(TOKEN_HEADER);
        if (token != null && accessor.getSessionAttributes() != null) {
            accessor.getSessionAttributes().put(TOKEN_HEADER, token);
        }
        if (ChatAccess.isStaff(user)) {
            staffSessions.put(accessor.getSessionId(), user);
        }
    }

    private void subscribing(StompHeaderAccessor accessor, PorticoUser user, String topic) {
        Matcher chat = CHAT_TOPIC.matcher(topic == null ? "" : topic);
        Matcher agent = AGENT_TOPIC.matcher(topic == null ? "" : topic);
        if (chat.matches()) {
            mayRead(accessor, user, Long.parseLong(chat.group(1)));
        } else if (!agent.matches() || user == null
                || Long.parseLong(agent.group(1)) != user.id()) {
            throw new MessageDeliveryException("Forbidden subscription");
        }
    }

    private void sending(StompHeaderAccessor accessor, PorticoUser user, String destination) {
        Matcher chat = CHAT_APP.matcher(destination == null ? "" : destination);
        if (!chat.matches()) {
            throw new MessageDeliveryException("Forbidden destination");
        }
        mayRead(accessor, user, Long.parseLong(chat.group(1)));
    }

    private void mayRead(StompHeaderAccessor accessor, PorticoUser user, long chatId) {
        try {
            if (ChatAccess.isStaff(user)) {
                access.readableByStaff(chatId, user);
            } else {
                access.customerChat(chatId, CustomerChatApi.viewer(user, token(accessor)));
            }
        } catch (RuntimeException e) {
            throw new MessageDeliveryException("Forbidden chat " + chatId);
        }
    }

    private boolean mayReceive(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        String session = SimpMessageHeaderAccessor.getSessionId(headers);
        if (SimpMessageHeaderAccessor.getMessageType(headers) != SimpMessageType.MESSAGE
                || session == null) {
            return true;
        }
        PorticoUser staff = staffSessions.get(session);
        Matcher chat = CHAT_TOPIC.matcher(
                String.valueOf(SimpMessageHeaderAccessor.getDestination(headers)));
        if (staff == null || !chat.matches()) {
            return true;
        }
        Optional<Chat> found = store.find(Long.parseLong(chat.group(1)));
        return found.isPresent() && ChatAccess.mayRead(found.get(), staff);
    }
}
