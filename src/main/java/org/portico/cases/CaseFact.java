package org.portico.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * The figures of one case that reports count, without its text beyond the subject.
 *
 * @param origin the channel: {@code WEB}, {@code EMAIL}, {@code CHAT}, {@code PHONE} or
 *     {@code COMMUNITY}
 * @param firstResponseAt when an agent first answered publicly, or {@code null}
 * @param solvedAt when it was last solved, or {@code null}
 * @param businessResponse business time from opening to the first response, on the calendar of
 *     the service-level policy that fits the case (calendar time when none fits), or
 *     {@code null} before the first response
 * @param businessResolution the same from opening to {@code solvedAt}, or {@code null}
 * @param firstResponseMet whether the first response came within the first-response target of
 *     that policy as the SLA engine judges it: the business time the case was with support
 *     until then, without the time it waited on the customer, below the target; {@code null}
 *     before the first response or when no policy fits
 * @param resolutionMet the same for the resolution target, until {@code solvedAt}
 */
public record CaseFact(String number, String site, String subject, CaseStatus status,
        String origin, String topic, String priority, Instant createdAt,
        Instant firstResponseAt, Instant solvedAt, Duration businessResponse,
        Duration businessResolution, Boolean firstResponseMet, Boolean resolutionMet) {
}
