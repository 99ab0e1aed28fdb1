/**
 * Live chat: chat sessions and their messages over WebSocket/STOMP, the embeddable widget, the
 * bot that answers first ({@link org.portico.messaging.ChatBot}), routing to agents by capacity,
 * transcripts, the offline fallback to a case and the rating after a chat.
 *
 * <p>Every message carries a per-chat sequence number; a client that reconnects asks for the
 * messages after the last one it saw. Each stored message publishes exactly one
 * {@link org.portico.messaging.ChatMessagePosted}.
 */
package org.portico.messaging;
