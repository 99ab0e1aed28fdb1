package org.portico.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Everything that is written into an article when it is published or re-imported.
 *
 * @param sourcePath the imported file, relative to the imported folder; null for authored
 *     articles
 * @param hash fingerprint of the inputs, to skip unchanged articles on re-import
 */
record ArticleContent(String title, String topic, String topicKey, String audience,
        String markdown, RenderedMarkdown rendered, String sourcePath, String sourceCredit,
        String hash) {

    static String fingerprint(String... parts) {
        StringBuilder joined = new StringBuilder(MarkdownRenderer.VERSION);
        for (String part : parts) {
            joined.append('\u0000').append(part);
        }
        return sha256(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
