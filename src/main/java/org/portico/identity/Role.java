package org.portico.identity;

/**
 * What a user does in Portico. Customers and business contacts use the sites; staff roles
 * use the console. {@code SALES} works the follow-ups agents hand to sales.
 */
public enum Role {
    CUSTOMER, BUSINESS_ADMIN, BUSINESS_MEMBER, AGENT, SUPERVISOR, AUTHOR, SITE_MANAGER, ADMIN,
    SALES;

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
