package org.portico.cases;

/**
 * Which side of the conversation wrote a case message.
 */
public enum AuthorKind {
    CUSTOMER, AGENT
}
