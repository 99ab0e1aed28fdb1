package org.portico.identity;

/**
 * A member of staff as colleagues see them in the console.
 */
public record StaffMember(long id, String displayName, String email, Role role) {
}
