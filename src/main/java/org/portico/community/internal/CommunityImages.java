package org.portico.community.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.portico.cases.FileTypes;
import org.portico.identity.PorticoUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Pictures members upload for their questions and answers, kept in the database so that
 * every node serves them. Only PNG, JPEG, GIF and WebP are taken, as the bytes show them
 * (never the file name); SVG, HTML and everything else is refused, so nothing uploaded can
 * run in the page. A member may upload {@value #PER_HOUR} pictures an hour.
 */
@Component
class CommunityImages {

    static final int PER_HOUR = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Members members;
    private final Clock clock;
    private final long maxBytes;

    CommunityImages(JdbcClient jdbc, Members members, Clock clock,
            @Value("${portico.community.image-max-size:5MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** A stored picture: its address and the Markdown that shows it. */
    record Stored(String url, String markdown) {
    }

    /** A picture as served. */
    record Image(String contentType, byte[] content) {
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores a picture for a signed-in member who is not suspended.
     *
     * @throws CommunityRefusal when it is empty, too large, not a picture, or one too many
     */
    @Transactional
    Stored store(PorticoUser uploader, String site, String fileName, byte[] content) {
        Instant now = clock.instant();
        if (members.ensure(uploader.id(), now).suspended()) {
            throw new CommunityRefusal("community.refused.suspended");
        }
        if (content.length == 0) {
            throw new CommunityRefusal("community.image.empty");
        }
        if (content.length > maxBytes) {
            throw new CommunityRefusal("community.image.too-large");
        }
        String type = FileTypes.of(content);
        if (!FileTypes.isSafeImage(type)) {
            throw new CommunityRefusal("community.image.not-image");
        }
        if (uploadsSince(uploader.id(), now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            throw new CommunityRefusal("community.image.too-many");
        }
        String key = newKey() + "." + type.substring("image/".length());
        jdbc.sql("""
                INSERT INTO community_image (image_key, site_slug, uploader_user_id,
                    content_type, byte_size, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(key, site, uploader.id(), type, content.length, content,
                        PostStore.utc(now))
                .update();
        String url = "/s/" + site + "/community/images/" + key;
        return new Stored(url, "![" + altText(fileName) + "](" + url + ")");
    }

    @Transactional(readOnly = true)
    Optional<Image> find(String site, String key) {
        return jdbc.sql("""
                SELECT content_type, content FROM community_image
                WHERE image_key = ? AND site_slug = ?""")
                .params(key, site)
                .query((rs, row) -> new Image(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    private long uploadsSince(long uploader, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM community_image
                WHERE uploader_user_id = ? AND created_at >= ?""")
                .params(uploader, PostStore.utc(since)).query(Long.class).single();
    }

    /** The file name without its extension and without characters Markdown would read. */
    static String altText(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name)
                .replaceAll("[\\[\\]()<>!*_`\\\\\\p{Cntrl}]", " ").strip();
        return base.length() > 80 ? base.substring(0, 80) : base;
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
