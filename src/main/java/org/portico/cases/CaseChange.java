package org.portico.cases;

import java.time.Instant;

/**
 * One entry in a case's history: who changed what, and when.
 *
 * @param kind {@code OPENED}, {@code STATUS}, {@code OWNER}, {@code TOPIC}, {@code PRIORITY},
 *     {@code QUEUE}, {@code REPLY}, {@code NOTE}, {@code MERGED}, {@code MERGED_FROM},
 *     {@code SHARED}, {@code UNSHARED} or {@code ESCALATED}
 * @param actorUserId who made the change, or {@code null} for Portico itself
 * @param actorName the actor's display name, or {@code null}
 * @param staffActor whether the actor is staff (customers see "Support" instead of the name)
 * @param shownToCustomer whether the customer's history shows it
 */
public record CaseChange(Instant at, Long actorUserId, String actorName, boolean staffActor,
        String kind, String oldValue, String newValue, boolean shownToCustomer) {
}
