package org.portico.knowledge.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * Files that authors upload into an article: images, videos and attachments. The type comes
 * from the content, never from the name; HTML and SVG (which could run scripts) are kept only as
 * downloads, never shown inline.
 */
@Service
class UploadedFiles {

    static final int MAX_BYTES = 15 * 1024 * 1024;
    private static final Pattern EXTENSION = Pattern.compile("\\.[a-z0-9]{1,10}$");

    private final KnowledgeAssets assets;

    UploadedFiles(KnowledgeAssets assets) {
        this.assets = assets;
    }

    /** How the file is used in Markdown. */
    enum Kind { IMAGE, VIDEO, FILE }

    /** A stored upload: its address and the Markdown that shows it. */
    record Stored(String url, Kind kind, String contentType, String markdown) {
    }

    /** A file refused, with the message key that says why. */
    static final class Refused extends RuntimeException {

        Refused(String messageKey) {
            super(messageKey);
        }
    }

    /** Stores the file under the article's folder, which {@link AssetAccess} guards. */
    Stored store(String site, long articleId, String originalName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new Refused("knowledge.upload.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("knowledge.upload.too-large");
        }
        String type = detect(bytes);
        String name = safeName(originalName);
        String path = "files/" + articleId + "/" + UUID.randomUUID().toString().substring(0, 8)
                + "-" + name;
        assets.storeUpload(site, path, type, bytes);
        String url = "/s/" + site + "/kb-assets/" + path;
        Kind kind = type.startsWith("image/") ? Kind.IMAGE
                : type.startsWith("video/") ? Kind.VIDEO : Kind.FILE;
        String label = label(originalName);
        String markdown = switch (kind) {
            case IMAGE -> "![" + label + "](" + url + ")";
            case VIDEO -> "![" + label + "](" + url + ")";
            case FILE -> "[" + label + "](" + url + ")";
        };
        return new Stored(url, kind, type, markdown);
    }

    /** The type of a file from its first bytes. */
    static String detect(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (b.length > 12 && new String(b, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            return "video/mp4";
        }
        if (starts(b, 0x1A, 0x45, 0xDF, 0xA3)) {
            return "video/webm";
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return "application/zip";
        }
        return isPlainText(b) ? "text/plain" : "application/octet-stream";
    }

    /** UTF-8 text that no browser would take for markup. */
    private static boolean isPlainText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, 8192))).toString();
            String start = text.stripLeading().toLowerCase(Locale.ROOT);
            return !start.startsWith("<") && !text.contains("\u0000");
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        return bytes.length >= prefix.length && Arrays.equals(
                Arrays.copyOf(bytes, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /**
     * The name in the file's address: lower-case Latin letters, digits, dots and hyphens, with
     * its extension kept even when nothing of the rest is left ("账单.pdf" becomes "file.pdf").
     */
    static String safeName(String name) {
        String base = baseName(name).toLowerCase(Locale.ROOT);
        Matcher extension = EXTENSION.matcher(base);
        String suffix = extension.find() ? extension.group() : "";
        String stem = base.substring(0, base.length() - suffix.length())
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+|-+$", "");
        if (stem.isEmpty()) {
            stem = "file";
        }
        String safe = stem + suffix;
        return safe.length() > 80 ? safe.substring(safe.length() - 80) : safe;
    }

    /** What the reader sees as the link text or image description: the name as uploaded. */
    static String label(String name) {
        String label = baseName(name).replaceAll("[\\[\\]()<>\\\\\\p{Cntrl}]", "").strip();
        return label.isEmpty() ? safeName(name) : label;
    }

    private static String baseName(String name) {
        String path = name == null ? "" : name.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
