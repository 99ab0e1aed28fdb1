package org.portico.messaging.internal.chat;

/**
 * A chat as its customer sees it.
 *
 * @param position place in the queue while waiting for a person, else 0
 * @param agentsAvailable whether any agent is available to chat now
 * @param open whether it is within business hours
 * @param agentRead the last message the agent has read
 * @param rating the customer's answer to the satisfaction question, or {@code null}
 */
record ChatView(long id, String site, String status, long lastSeq, long position,
        boolean agentsAvailable, boolean open, long agentRead, Integer rating,
        String caseNumber) {
}
