package org.portico.messaging.internal.chat;

/**
 * An agent's chat settings and load.
 *
 * @param queues the queues the agent serves, empty for all
 * @param load the chats the agent holds or is offered now
 */
record ChatAgent(long userId, String name, AgentStatus status, int maxChats, String queues,
        long load) {
}
