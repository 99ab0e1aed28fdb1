package org.portico.cases;

import java.time.Instant;

/**
 * A case's service-level target is about to break ({@code breached} is {@code false}) or has
 * broken ({@code true}); published once per case for each.
 */
public record SlaWarned(String number, String target, boolean breached, Instant at) {
}
