package org.portico.cases;

import java.time.Instant;

/**
 * A case was closed by its customer (or by a merge); a closed case takes no more replies.
 */
public record CaseClosed(String number, CaseStatus previousStatus, long byUserId, Instant at) {
}
