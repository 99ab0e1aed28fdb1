package org.portico.console;

/**
 * Where a sales follow-up stands. WON and LOST are outcomes.
 */
public enum FollowUpStatus {
    OPEN, CONTACTED, WON, LOST;

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
