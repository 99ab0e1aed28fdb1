package org.portico.cases.internal.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a file's type from its first bytes. Only types that browsers show without running
 * anything are named (PDF, PNG, JPEG, GIF, WebP, plain text); everything else, HTML and SVG
 * included, is {@code application/octet-stream}, so a download can never become active content.
 */
public final class ContentSniffer {

    public static final String BINARY = "application/octet-stream";

    private ContentSniffer() {
    }

    public static String typeOf(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(bytes, "\u0089PNG\r\n\u001a\n")) {
            return "image/png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) {
            return "image/gif";
        }
        if (startsWith(bytes, "RIFF") && bytes.length > 12
                && new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "image/webp";
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return "application/zip";
        }
        return isPlainText(bytes) ? "text/plain" : BINARY;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainText(byte[] bytes) {
        int length = Math.min(bytes.length, 4096);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return false;
            }
        }
        String start = new String(bytes, 0, length, StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return !(start.startsWith("<") && (start.contains("<html") || start.contains("<svg")
                || start.contains("<script") || start.contains("<!doctype")
                || start.contains("<?xml") || start.contains("<body")));
    }
}
