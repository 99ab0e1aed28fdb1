package org.portico.identity;

/**
 * What a user does in Portico. Customers and business contacts use the sites; staff roles
 * use the console.
 */
public enum Role {
    CUSTOMER, BUSINESS_ADMIN, BUSINESS_MEMBER, AGENT, SUPERVISOR, AUTHOR, SITE_MANAGER, ADMIN;

    public boolean isStaff() {
        return ordinal() >= AGENT.ordinal();
    }

    public boolean isBusinessContact() {
        return this == BUSINESS_ADMIN || this == BUSINESS_MEMBER;
    }

    /** The authority name Spring Security checks, for example {@code ROLE_AGENT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
