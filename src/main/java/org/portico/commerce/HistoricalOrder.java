package org.portico.commerce;

import java.time.Instant;
import java.util.List;

/**
 * An order that happened before Portico knew it (demo data, migrations): its lines are priced
 * from today's catalogue, its dates are taken as given.
 *
 * @param status the status it ended in
 * @param confirmedAt when it was confirmed (and invoiced), or {@code null}
 * @param endedAt when it was fulfilled or cancelled, or {@code null}
 */
public record HistoricalOrder(long accountId, long placedByUserId, List<OrderItem> items,
        String poNumber, OrderStatus status, Instant placedAt, Instant confirmedAt,
        Instant endedAt) {
}
