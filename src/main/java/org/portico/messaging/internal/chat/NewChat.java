package org.portico.messaging.internal.chat;

/**
 * A chat about to be stored.
 *
 * @param openKey one per visitor or customer and site while the chat is open
 */
record NewChat(String site, String openKey, String visitorHash, Long customerUserId,
        String name, String email, String locale, String queue) {
}
