package org.portico.cases;

import java.time.Instant;

/**
 * A customer's reply (on the site or by email) brought a solved case back to open.
 */
public record CaseReopened(String number, CaseStatus previousStatus, long byUserId,
        Instant at) {
}
