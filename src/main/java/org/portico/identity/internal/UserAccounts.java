package org.portico.identity.internal;

import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads users for sign-in by email address (case-insensitive).
 */
@Component
class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PorticoUser loadUserByUsername(String email) {
        return jdbc.sql("""
                SELECT id, email, display_name, role, account_id, locale, password_hash
                FROM app_user WHERE email = ? AND enabled = TRUE AND password_hash IS NOT NULL""")
                .param(email == null ? "" : email.trim().toLowerCase(Locale.ROOT))
                .query((rs, n) -> new PorticoUser(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("account_id", Long.class), rs.getString("locale"),
                        rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
