package org.portico.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files shown by imported articles (screenshots), kept in the database so that every node
 * serves them.
 */
@Repository
class KnowledgeAssets {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg",
            "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp", "svg",
            "image/svg+xml", "ico", "image/x-icon", "pdf", "application/pdf", "txt", "text/plain");

    private final JdbcClient jdbc;
    private final Clock clock;

    KnowledgeAssets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored file. */
    record Asset(String contentType, byte[] bytes, String contentHash) {
    }

    /**
     * Stores the file under {@code path} unless the same content is already there. Returns
     * false when the file does not exist or is too large.
     */
    boolean store(String site, String path, Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(file);
        String hash = ArticleContent.sha256(bytes);
        Optional<String> stored = jdbc.sql(
                "SELECT content_hash FROM knowledge_asset WHERE site = ? AND path = ?")
                .params(site, path).query(String.class).optional();
        if (stored.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO knowledge_asset (site, path, content_type, content_hash, bytes,
                                                 updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(site, path, contentType(path), hash, bytes, OffsetDateTime.now(clock))
                    .update();
        } else if (!stored.get().equals(hash)) {
            jdbc.sql("""
                    UPDATE knowledge_asset SET content_type = ?, content_hash = ?, bytes = ?,
                                               updated_at = ?
                    WHERE site = ? AND path = ?""")
                    .params(contentType(path), hash, bytes, OffsetDateTime.now(clock), site, path)
                    .update();
        }
        return true;
    }

    /** Stores an uploaded file under a new path with the type found in its content. */
    void storeUpload(String site, String path, String contentType, byte[] bytes) {
        jdbc.sql("""
                INSERT INTO knowledge_asset (site, path, content_type, content_hash, bytes,
                                             updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(site, path, contentType, ArticleContent.sha256(bytes), bytes,
                        OffsetDateTime.now(clock))
                .update();
    }

    Optional<Asset> find(String site, String path) {
        return jdbc.sql("""
                SELECT content_type, bytes, content_hash FROM knowledge_asset
                WHERE site = ? AND path = ?""")
                .params(site, path)
                .query((rs, row) -> new Asset(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
    }

    static String contentType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
