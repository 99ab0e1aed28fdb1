package org.portico.commerce;

import java.time.Instant;

/**
 * An order was cancelled before fulfilment; when it had been confirmed, its invoice was
 * credited back ({@code credited}).
 */
public record OrderCancelled(String number, long accountId, long byUserId, boolean credited,
        Instant at) {
}
