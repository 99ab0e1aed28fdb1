package org.portico.identity.internal;

import java.util.Locale;
import java.util.Optional;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads users for sign-in by email address (case-insensitive). A customer signs in to their
 * current account when they still act for it, else to the first account they act for; someone
 * who acts for no account any more cannot sign in.
 */
@Component
class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PorticoUser loadUserByUsername(String email) {
        PorticoUser user = jdbc.sql("""
                SELECT id, email, display_name, role, account_id, locale, password_hash
                FROM app_user WHERE email = ? AND enabled = TRUE AND password_hash IS NOT NULL""")
                .param(email == null ? "" : email.trim().toLowerCase(Locale.ROOT))
                .query((rs, n) -> new PorticoUser(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("account_id", Long.class), rs.getString("locale"),
                        rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        if (user.role().isStaff()) {
            return user;
        }
        return currentMembership(user)
                .orElseThrow(() -> new UsernameNotFoundException("No active membership"));
    }

    private Optional<PorticoUser> currentMembership(PorticoUser user) {
        return jdbc.sql("""
                SELECT account_id, role FROM account_membership
                WHERE user_id = ? AND active = TRUE
                ORDER BY CASE WHEN account_id = ? THEN 0 ELSE 1 END, account_id""")
                .params(user.id(), user.accountId())
                .query((rs, n) -> new PorticoUser(user.id(), user.email(), user.displayName(),
                        Role.valueOf(rs.getString("role")), rs.getLong("account_id"),
                        user.locale(), user.passwordHash()))
                .list().stream().findFirst();
    }
}
