package org.portico.identity;

import java.time.OffsetDateTime;

/**
 * One changed field of an account's details.
 *
 * @param changedBy display name of who made the change, or {@code null} for the system
 * @param field for example {@code name}, {@code billing.postalCode}, {@code taxIds}
 */
public record AccountChange(OffsetDateTime changedAt, String changedBy, String field,
        String oldValue, String newValue) {
}
