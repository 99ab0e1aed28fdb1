package org.portico.cases;

import java.time.Instant;

/**
 * Someone added a message to a case (an internal note has visibility INTERNAL).
 */
public record CaseReplied(String number, AuthorKind authorKind, Visibility visibility,
        Instant at) {
}
