package org.portico.messaging.internal.chat;

import java.util.List;

/**
 * What an agent sees of chats: their own settings, offers, their chats and the queue.
 */
record AgentDeskView(ChatAgent me, List<Chat> offers, List<Chat> mine, List<Chat> waiting,
        List<String> queues) {
}
