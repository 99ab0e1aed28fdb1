package org.portico.cases;

/**
 * Where a case stands. NEW, OPEN, WAITING (on the customer) and ESCALATED count as open;
 * SOLVED and CLOSED as done.
 */
public enum CaseStatus {
    NEW, OPEN, WAITING, ESCALATED, SOLVED, CLOSED;

    public boolean isOpen() {
        return this != SOLVED && this != CLOSED;
    }
}
