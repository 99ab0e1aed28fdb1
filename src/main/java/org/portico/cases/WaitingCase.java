package org.portico.cases;

import java.time.Instant;

/**
 * A case waiting for an agent (NEW or WAITING) and since when it has been waiting.
 */
public record WaitingCase(CaseView supportCase, Instant waitingSince) {
}
