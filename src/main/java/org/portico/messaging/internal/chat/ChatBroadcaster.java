package org.portico.messaging.internal.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends chat frames to the STOMP broker (in this process, or RabbitMQ with the relay) once the
 * transaction that stored them has committed, so no client sees a message the database lacks.
 * Topics: {@code /topic/chat.<id>} for the people in a chat, {@code /topic/agent.<userId>} for
 * one agent's offers. A command-line context has no broker and sends nothing.
 */
@Component
class ChatBroadcaster {

    private final ObjectProvider<SimpMessagingTemplate> broker;

    ChatBroadcaster(ObjectProvider<SimpMessagingTemplate> broker) {
        this.broker = broker;
    }

    static String chatTopic(long chatId) {
        return "/topic/chat." + chatId;
    }

    static String agentTopic(long userId) {
        return "/topic/agent." + userId;
    }

    void message(long chatId, ChatLine line) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "message");
        frame.put("message", line);
        send(chatTopic(chatId), frame);
    }

    void status(long chatId, ChatStatus status) {
        send(chatTopic(chatId), Map.of("type", "status", "status", status.name()));
    }

    void typing(long chatId, Author who) {
        send(chatTopic(chatId), Map.of("type", "typing", "who", who.name()));
    }

    void read(long chatId, Author reader, long seq) {
        send(chatTopic(chatId), Map.of("type", "read", "who", reader.name(), "seq", seq));
    }

    void refused(long chatId, String clientRef, String reason) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "refused");
        frame.put("clientRef", clientRef);
        frame.put("message", reason);
        send(chatTopic(chatId), frame);
    }

    void agentNotice(long userId, String type, long chatId) {
        send(agentTopic(userId), Map.of("type", type, "chatId", chatId));
    }

    private void send(String destination, Object frame) {
        SimpMessagingTemplate broker = this.broker.getIfAvailable();
        if (broker == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            broker.convertAndSend(destination, frame);
                        }
                    });
        } else {
            broker.convertAndSend(destination, frame);
        }
    }
}
