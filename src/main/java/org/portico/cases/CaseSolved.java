package org.portico.cases;

import java.time.Instant;

/**
 * An agent marked a case as solved.
 */
public record CaseSolved(String number, String topic, long agentUserId, Instant at) {
}
