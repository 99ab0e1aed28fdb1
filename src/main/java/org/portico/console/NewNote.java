package org.portico.console;

/**
 * A note to add.
 *
 * @param userId the customer it is about, or {@code null} for the account as a whole
 */
public record NewNote(long accountId, Long userId, String body, boolean pinned) {

    public static final int MAX_LENGTH = 2000;
}
