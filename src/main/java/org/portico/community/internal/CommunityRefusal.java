package org.portico.community.internal;

/**
 * A community rule said no (suspended, too many posts, not allowed); the message key names the
 * reason in the reader's language.
 *
 * @see PostingRules
 */
class CommunityRefusal extends RuntimeException {

    private final String messageKey;

    CommunityRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
