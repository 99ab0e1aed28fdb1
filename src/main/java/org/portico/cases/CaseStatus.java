package org.portico.cases;

/**
 * Where a case stands. NEW, OPEN and WAITING count as open; SOLVED and CLOSED as done.
 */
public enum CaseStatus {
    NEW, OPEN, WAITING, SOLVED, CLOSED;

    public boolean isOpen() {
        return this != SOLVED && this != CLOSED;
    }
}
