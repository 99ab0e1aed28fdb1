package org.portico.cases.internal.attachments;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.portico.cases.CaseAttachments.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_attachment} table: files kept in the database, so that every node of a
 * cluster serves the same files and a backup of the database holds them.
 */
@Repository
public class AttachmentStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AttachmentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored file with its content. */
    public record StoredFile(long caseId, String fileName, String contentType, byte[] content) {
    }

    /**
     * Stores a file; its type is read from its bytes.
     *
     * @param messageId the case message it came with, or {@code null}
     * @param uploaderId who uploaded it, or {@code null} when it came by email
     */
    public void save(long caseId, Long messageId, String fileName, byte[] content,
            Long uploaderId) {
        jdbc.sql("""
                INSERT INTO case_attachment (case_id, case_message_id, file_name, content_type,
                    size_bytes, content, uploaded_by_user_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, messageId, fileName, ContentSniffer.typeOf(content),
                        content.length, content, uploaderId,
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    public List<Attachment> of(long caseId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, created_at
                FROM case_attachment WHERE case_id = ? ORDER BY created_at, id""")
                .param(caseId)
                .query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"),
                        instant(rs.getObject("created_at", OffsetDateTime.class))))
                .list();
    }

    public List<String> namesOf(long caseId) {
        return of(caseId).stream().map(Attachment::fileName).toList();
    }

    public Optional<StoredFile> file(long id) {
        return jdbc.sql("""
                SELECT case_id, file_name, content_type, content
                FROM case_attachment WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new StoredFile(rs.getLong("case_id"),
                        rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
