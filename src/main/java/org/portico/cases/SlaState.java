package org.portico.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one service-level target of a case stands.
 *
 * @param target {@code FIRST_RESPONSE}, {@code NEXT_RESPONSE} or {@code RESOLUTION}
 * @param left business time left before the breach (negative once breached)
 * @param due when the target breaks if the clock keeps running, or {@code null} while it is
 *     paused (waiting on the customer)
 */
public record SlaState(String target, Level level, Duration left, Instant due) {

    /** How close the target is to breaking. */
    public enum Level {
        OK, WARNING, BREACHED
    }

    public boolean atRisk() {
        return level != Level.OK;
    }

    public long minutesLeft() {
        return left.toMinutes();
    }
}
