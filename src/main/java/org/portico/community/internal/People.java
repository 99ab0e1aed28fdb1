package org.portico.community.internal;

import java.util.Optional;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users as the community acts for them: an asker whose question an agent escalates, the
 * author of demo content.
 */
@Repository
class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PorticoUser> user(long id) {
        return jdbc.sql("""
                SELECT id, email, display_name, role, account_id, locale FROM app_user
                WHERE id = ? AND enabled = TRUE""")
                .param(id)
                .query((rs, n) -> new PorticoUser(rs.getLong(1), rs.getString(2),
                        rs.getString(3), Role.valueOf(rs.getString(4)),
                        rs.getObject(5, Long.class), rs.getString(6), null))
                .optional();
    }
}
