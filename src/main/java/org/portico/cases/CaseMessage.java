package org.portico.cases;

import java.time.Instant;

/**
 * One entry in a case's conversation: a reply or an internal note.
 */
public record CaseMessage(Long authorUserId, AuthorKind authorKind, String body,
        Visibility visibility, Instant createdAt) {
}
