package org.portico.demo.internal;

import java.time.Instant;

/**
 * A generated past case, by index into the generated people and staff.
 *
 * @param solvedAt {@code null} while the case is open
 * @param reply the agent's reply, or {@code null} when the case is still new
 */
record DemoCase(int person, String subject, String description, String topic, String origin,
        String priority, Instant openedAt, Instant solvedAt, String reply, int agent) {
}
