package org.portico.cases;

import org.portico.cases.internal.attachments.ContentSniffer;

/**
 * The type of an uploaded file as its bytes show it, never as its name or the browser claim
 * it: PDF, PNG, JPEG, GIF, WebP, ZIP and plain text are named; anything else, HTML and SVG
 * included, is {@link #BINARY}, so that it can only ever be downloaded. Case attachments are
 * typed this way; other modules that take uploads use the same rules.
 */
public final class FileTypes {

    public static final String BINARY = ContentSniffer.BINARY;

    private FileTypes() {
    }

    /** The media type of these bytes. */
    public static String of(byte[] content) {
        return ContentSniffer.typeOf(content);
    }

    /** Whether browsers show this type as a picture without running anything in it. */
    public static boolean isSafeImage(String contentType) {
        return switch (contentType) {
            case "image/png", "image/jpeg", "image/gif", "image/webp" -> true;
            default -> false;
        };
    }
}
