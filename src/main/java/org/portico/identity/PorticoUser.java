package org.portico.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as kept in the (database-backed) session.
 *
 * @param accountId the customer account, or {@code null} for staff
 */
public record PorticoUser(long id, String email, String displayName, Role role, Long accountId,
        String locale, String passwordHash) implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** The same user without the password hash, as kept in the session. */
    public PorticoUser withoutCredentials() {
        return new PorticoUser(id, email, displayName, role, accountId, locale, null);
    }

    public String firstName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }
}
