package org.portico.cases;

import java.time.Instant;

/**
 * A customer opened a case.
 */
public record CaseOpened(String number, String site, String topic, long requesterUserId,
        long accountId, Instant at) {
}
