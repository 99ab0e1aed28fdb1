package org.portico.console;

import java.time.Instant;

/**
 * A staff note on a customer or on a whole account. Staff only: no customer page, mail or API
 * answer ever carries one.
 *
 * @param userId the customer the note is about, or {@code null} for a note on the account
 */
public record Note(long id, long accountId, Long userId, String body, boolean pinned,
        long authorId, String authorName, Instant createdAt) {

    public boolean isWrittenBy(long staffId) {
        return authorId == staffId;
    }
}
