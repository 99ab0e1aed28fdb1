package org.portico.cases;

/**
 * Who may read a case message: PUBLIC for the customer too, INTERNAL for staff only.
 */
public enum Visibility {
    PUBLIC, INTERNAL
}
