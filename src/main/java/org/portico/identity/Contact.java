package org.portico.identity;

/**
 * A person who acts for an account, with their role in that account.
 */
public record Contact(long userId, String name, String email, Role role, boolean active) {

    public boolean isAdmin() {
        return role == Role.BUSINESS_ADMIN;
    }
}
