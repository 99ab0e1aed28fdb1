package org.portico.cases;

import java.time.Instant;

/**
 * A business contact shared a case with a colleague of the same account (or stopped sharing:
 * {@code shared} is {@code false}).
 */
public record CaseShared(String number, long withUserId, boolean shared, long byUserId,
        Instant at) {
}
