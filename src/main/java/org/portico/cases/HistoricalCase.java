package org.portico.cases;

import java.time.Instant;

/**
 * A case that happened before Portico knew about it (demo history, a migration from another
 * help desk).
 *
 * @param accountId the requester's customer account
 * @param origin {@code WEB}, {@code EMAIL}, {@code CHAT}, {@code PHONE} or {@code COMMUNITY}
 * @param priority {@code LOW}, {@code NORMAL}, {@code HIGH} or {@code URGENT}
 * @param solvedAt when it was solved, or {@code null} while it is still open
 * @param agentReply the agent's public reply, or {@code null} when nobody answered yet
 * @param agentUserId who replied, or {@code null}
 */
public record HistoricalCase(String site, long requesterUserId, long accountId, String subject,
        String description, String topic, String origin, String priority, Instant openedAt,
        Instant solvedAt, String agentReply, Long agentUserId) {
}
