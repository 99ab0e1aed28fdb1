package org.portico.identity;

import java.time.LocalDate;

/**
 * A customer as the agent sees them at a glance.
 *
 * @param accountKind {@code PERSON} or {@code BUSINESS}
 */
public record CustomerSummary(long userId, String name, String email, long accountId,
        String accountName, String accountKind, LocalDate customerSince, String locale,
        String timeZone) {
}
