package org.portico.identity.internal;

import java.util.regex.Pattern;

import org.portico.identity.Role;

/**
 * What makes an invitation acceptable, shared by the page and the API.
 */
final class InvitationRules {

    /** The message key when the role is not one a business contact may have. */
    static final String ROLE_ERROR = "NotNull";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private InvitationRules() {
    }

    /** The message key of what is wrong, or {@code null} when the invitation may be sent. */
    static String check(String email, Role role, Invitations invitations, long account) {
        String address = email == null ? "" : email.trim();
        if (address.isEmpty() || address.length() > 254 || !EMAIL.matcher(address).matches()) {
            return "Email";
        }
        if (role == null || !role.isBusinessContact()) {
            return ROLE_ERROR;
        }
        if (invitations.isContact(account, address)) {
            return "account.invite.already";
        }
        if (invitations.isOutsideBusinessPortal(address)) {
            return "account.invite.not-business";
        }
        return null;
    }
}
