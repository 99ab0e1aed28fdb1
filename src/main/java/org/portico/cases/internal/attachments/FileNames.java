package org.portico.cases.internal.attachments;

import java.util.Map;

/**
 * File names as they may be stored and offered for download: no folders, no control
 * characters, at most 200 characters; a nameless file is named after its number and type.
 */
public final class FileNames {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf", "image/png", "png", "image/jpeg", "jpg",
            "image/gif", "gif", "image/jpg", "jpg", "text/plain", "txt", "text/html", "html",
            "message/rfc822", "eml", "message/delivery-status", "txt",
            "text/rfc822-headers", "txt");

    private FileNames() {
    }

    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ")
                .replaceAll(".*[/\\\\]", "").replaceAll("\\s+", " ").strip();
        clean = clean.replaceAll("^\\.+", "");
        return clean.length() <= 200 ? clean
                : clean.substring(0, 190) + clean.substring(clean.length() - 10);
    }

    public static String unnamed(int number, String type) {
        return "attachment-" + number + "." + EXTENSIONS.getOrDefault(type, "bin");
    }
}
