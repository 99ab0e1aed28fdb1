package org.portico.messaging.internal.chat;

/**
 * A file sent in a chat, as clients see it beside its message (never its content).
 *
 * @param contentType the type read from the file's bytes
 */
record ChatFile(long id, String fileName, String contentType, long size) {
}
