package org.portico.surveys;

import java.time.Instant;

/**
 * The customer of a solved case was asked the satisfaction question (once per case).
 */
public record CsatSurveySent(String caseNumber, String site, long customerUserId, Instant at) {
}
