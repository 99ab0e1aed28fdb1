package org.portico.cases;

import java.time.Instant;

/**
 * An agent merged case {@code number} into {@code into}: its messages moved there and it was
 * closed with a link to the case that goes on.
 */
public record CaseMerged(String number, String into, long byUserId, Instant at) {
}
