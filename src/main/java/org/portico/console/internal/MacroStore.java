package org.portico.console.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.portico.console.ReplyMacro;
import org.portico.console.ReplyMacros;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply macros in the {@code reply_macro} table.
 */
@Service
class MacroStore implements ReplyMacros {

    private static final Logger log = LoggerFactory.getLogger(MacroStore.class);
    private static final String SELECT = """
            SELECT id, name, body, language, created_by, created_at FROM reply_macro""";

    private final JdbcClient jdbc;
    private final Clock clock;

    MacroStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReplyMacro> all() {
        return jdbc.sql(SELECT + " ORDER BY name, id").query(MacroStore::macro).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReplyMacro> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(MacroStore::macro).optional();
    }

    @Override
    @Transactional
    public ReplyMacro add(PorticoUser author, String name, String body, String language) {
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reply_macro (name, body, language, created_by, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(name.strip(), body.strip(), language, author.id(),
                        now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        log.info("Reply macro {} added by {}", id, author.id());
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public void update(PorticoUser editor, long id, String name, String body, String language) {
        int changed = jdbc.sql("""
                UPDATE reply_macro SET name = ?, body = ?, language = ? WHERE id = ?""")
                .params(name.strip(), body.strip(), language, id).update();
        requireFound(changed, id);
        log.info("Reply macro {} changed by {}", id, editor.id());
    }

    @Override
    @Transactional
    public void delete(PorticoUser editor, long id) {
        requireFound(jdbc.sql("DELETE FROM reply_macro WHERE id = ?").param(id).update(), id);
        log.info("Reply macro {} deleted by {}", id, editor.id());
    }

    private static void requireFound(int rows, long id) {
        if (rows == 0) {
            throw new NotFoundException("reply macro " + id);
        }
    }

    private static ReplyMacro macro(ResultSet rs, int row) throws SQLException {
        return new ReplyMacro(rs.getLong("id"), rs.getString("name"), rs.getString("body"),
                rs.getString("language"), rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
