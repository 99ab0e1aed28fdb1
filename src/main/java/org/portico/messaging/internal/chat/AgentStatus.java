package org.portico.messaging.internal.chat;

/**
 * Whether an agent takes chats now.
 */
enum AgentStatus {
    AVAILABLE, BUSY, AWAY
}
