package org.portico.console.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.portico.console.CustomerNotes;
import org.portico.console.NewNote;
import org.portico.console.Note;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff notes in the {@code staff_note} table.
 */
@Service
class NoteStore implements CustomerNotes {

    private static final Logger log = LoggerFactory.getLogger(NoteStore.class);
    private static final String SELECT = """
            SELECT n.id, n.account_id, n.user_id, n.body, n.pinned, n.author_id,
                   u.display_name AS author_name, n.created_at
            FROM staff_note n JOIN app_user u ON u.id = n.author_id""";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;

    NoteStore(JdbcClient jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> about(long accountId, Long userId) {
        return jdbc.sql(SELECT + "\n" + """
                 WHERE n.account_id = :account AND (n.user_id IS NULL OR n.user_id = :user)
                 ORDER BY n.pinned DESC, n.created_at DESC, n.id DESC""")
                .param("account", accountId).param("user", userId == null ? -1L : userId)
                .query(NoteStore::note).list();
    }

    @Override
    @Transactional
    public Note add(PorticoUser staff, NewNote note) {
        requireStaff(staff);
        String body = note.body() == null ? "" : note.body().strip();
        if (body.isEmpty() || body.length() > NewNote.MAX_LENGTH) {
            throw new IllegalArgumentException("A note needs 1 to 2000 characters");
        }
        directory.account(note.accountId())
                .orElseThrow(() -> new NotFoundException("account " + note.accountId()));
        if (note.userId() != null && directory.customer(note.userId()).isEmpty()) {
            throw new NotFoundException("customer " + note.userId());
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO staff_note (account_id, user_id, body, pinned, author_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(note.accountId(), note.userId(), body, note.pinned(), staff.id(),
                        Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        log.info("Note {} added to account {} by staff {}", id, note.accountId(), staff.id());
        return read(id);
    }

    @Override
    @Transactional
    public Note pin(PorticoUser staff, long noteId, boolean pinned) {
        requireStaff(staff);
        Note note = read(noteId);
        jdbc.sql("UPDATE staff_note SET pinned = ? WHERE id = ?").params(pinned, noteId).update();
        log.info("Note {} {} by staff {}", noteId, pinned ? "pinned" : "unpinned", staff.id());
        return read(note.id());
    }

    @Override
    @Transactional
    public void delete(PorticoUser staff, long noteId) {
        requireStaff(staff);
        if (!read(noteId).isWrittenBy(staff.id())) {
            throw new AccessDeniedException("Only the author deletes a note");
        }
        jdbc.sql("DELETE FROM staff_note WHERE id = ?").param(noteId).update();
        log.info("Note {} deleted by its author {}", noteId, staff.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Note read(long noteId) {
        return jdbc.sql(SELECT + " WHERE n.id = ?").param(noteId).query(NoteStore::note)
                .optional().orElseThrow(() -> new NotFoundException("note " + noteId));
    }

    static void requireStaff(PorticoUser user) {
        if (user == null || !user.role().isStaff()) {
            throw new AccessDeniedException("Staff only");
        }
    }

    private static Note note(ResultSet rs, int row) throws SQLException {
        long user = rs.getLong("user_id");
        return new Note(rs.getLong("id"), rs.getLong("account_id"),
                rs.wasNull() ? null : user, rs.getString("body"), rs.getBoolean("pinned"),
                rs.getLong("author_id"), rs.getString("author_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
