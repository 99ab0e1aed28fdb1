package org.portico.identity;

/**
 * An account a person acts for, and their role in it.
 */
public record Membership(long accountId, String accountName, Role role) {
}
