package org.portico.cases.internal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code mailbox} table: the addresses customers write to, each read over IMAP (or IMAPS)
 * and tied to the site whose cases it opens.
 */
@Repository
class Mailboxes {

    private final JdbcClient jdbc;
    private final Clock clock;

    Mailboxes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A mailbox; {@code protocol} is {@code imap} or {@code imaps}.
     *
     * @param address the support address customers write to; notifications come from it
     */
    record Mailbox(Long id, String name, String address, String site, String protocol,
            String host, int port, String username, String password, String folder,
            boolean enabled, Instant lastPolledAt, String lastError) {
    }

    List<Mailbox> all() {
        return jdbc.sql(SELECT + " ORDER BY name, id").query(Mailboxes::mailbox).list();
    }

    List<Mailbox> enabled() {
        return jdbc.sql(SELECT + " WHERE enabled = TRUE ORDER BY id")
                .query(Mailboxes::mailbox).list();
    }

    Optional<Mailbox> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Mailboxes::mailbox).optional();
    }

    /** The address notifications about a site's cases come from, if a mailbox serves it. */
    Optional<String> addressFor(String site) {
        return jdbc.sql("""
                SELECT address FROM mailbox WHERE site_slug = ? AND enabled = TRUE
                ORDER BY id FETCH FIRST 1 ROWS ONLY""").param(site).query(String.class)
                .optional();
    }

    // TODO(#4): the mailbox password is stored as entered; encrypt it with a key from settings.
    long add(Mailbox m) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mailbox (name, address, site_slug, protocol, host, port, username,
                                     password, folder, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.name(), m.address(), m.site(), m.protocol(), m.host(), m.port(),
                        m.username(), m.password(), m.folder(), m.enabled(), now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Mailbox m) {
        jdbc.sql("""
                UPDATE mailbox SET name = ?, address = ?, site_slug = ?, protocol = ?, host = ?,
                    port = ?, username = ?, password = ?, folder = ?, enabled = ?
                WHERE id = ?""")
                .params(m.name(), m.address(), m.site(), m.protocol(), m.host(), m.port(),
                        m.username(), m.password(), m.folder(), m.enabled(), m.id())
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM mailbox WHERE id = ?").param(id).update();
    }

    void polled(long id, String error) {
        jdbc.sql("UPDATE mailbox SET last_polled_at = ?, last_error = ? WHERE id = ?")
                .params(now(), error == null || error.length() <= 1000 ? error
                        : error.substring(0, 1000), id)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static final String SELECT = """
            SELECT id, name, address, site_slug, protocol, host, port, username, password,
                   folder, enabled, last_polled_at, last_error
            FROM mailbox""";

    private static Mailbox mailbox(ResultSet rs, int row) throws SQLException {
        OffsetDateTime polled = rs.getObject("last_polled_at", OffsetDateTime.class);
        return new Mailbox(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
                rs.getString("site_slug"), rs.getString("protocol"), rs.getString("host"),
                rs.getInt("port"), rs.getString("username"), rs.getString("password"),
                rs.getString("folder"), rs.getBoolean("enabled"),
                polled == null ? null : polled.toInstant(), rs.getString("last_error"));
    }
}
