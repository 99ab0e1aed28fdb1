package org.portico.cases;

import java.time.Instant;

/**
 * A case as a report's list shows it: what it is, and when it was opened, first answered and
 * solved. Unlike {@link CaseFact} it has no business times nor targets, which a list does not
 * show and which take the service-level settings to work out.
 *
 * @param origin the channel: {@code WEB}, {@code EMAIL}, {@code CHAT}, {@code PHONE} or
 *     {@code COMMUNITY}
 * @param firstResponseAt when an agent first answered publicly, or {@code null}
 * @param solvedAt when it was last solved, or {@code null}
 */
public record ListedCase(String number, String site, String subject, CaseStatus status,
        String origin, String topic, String priority, Instant createdAt,
        Instant firstResponseAt, Instant solvedAt) {
}
