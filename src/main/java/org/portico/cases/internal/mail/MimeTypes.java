package org.portico.cases.internal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

/**
 * Lenient reading of one MIME part: its type, parameters, name and content bytes, falling back
 * to the raw bytes and to plain patterns where the headers are broken.
 */
final class MimeTypes {

    private static final Pattern TYPE = Pattern.compile("^\\s*([\\w.+-]+)\\s*/\\s*([\\w.+-]+)");
    private static final Pattern BOUNDARY = Pattern.compile(
            "boundary\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "(?:^|;)\\s*(?:file)?name\\s*=\\s*(\"[^\"]*\"|[^;]+)", Pattern.CASE_INSENSITIVE);

    private MimeTypes() {
    }

    /** The type in lower case without parameters; {@code text/plain} when missing or bad. */
    static String baseType(Part part) {
        String header = header(part, "Content-Type");
        Matcher type = TYPE.matcher(header == null ? "" : header);
        return type.find() ? (type.group(1) + "/" + type.group(2)).toLowerCase(Locale.ROOT)
                : "text/plain";
    }

    static String parameter(Part part, String name) {
        String header = header(part, "Content-Type");
        if (header == null) {
            return null;
        }
        try {
            return new ContentType(header).getParameter(name);
        } catch (MessagingException | RuntimeException unparsable) {
            Matcher value = Pattern.compile(name + "\\s*=\\s*\"?([^\";\\s]+)",
                    Pattern.CASE_INSENSITIVE).matcher(header);
            return value.find() ? value.group(1) : null;
        }
    }

    /** The multipart boundary, read as written even where it breaks the MIME grammar. */
    static String boundary(Part part) {
        String header = header(part, "Content-Type");
        Matcher boundary = BOUNDARY.matcher(header == null ? "" : header);
        if (!boundary.find()) {
            return null;
        }
        String value = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        return value.isEmpty() || value.contains("\"") ? null : value;
    }

    static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    static boolean isAttachment(Part part) {
        String disposition = header(part, "Content-Disposition");
        return disposition != null
                && disposition.trim().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    /** The file name (RFC 2231 parameters decoded), or {@code null}. */
    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (MessagingException | RuntimeException unparsable) {
            // read leniently below
        }
        for (String header : List.of("Content-Disposition", "Content-Type")) {
            Matcher name = NAME.matcher(unfolded(header(part, header)));
            if (name.find()) {
                return name.group(1).replace("\"", "").trim();
            }
        }
        return null;
    }

    private static String unfolded(String header) {
        return header == null ? "" : header.replaceAll("\r?\n", "").replaceFirst("^[^;]*", "");
    }

    /** The content without its transfer encoding; the raw bytes when that cannot be undone. */
    static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException | RuntimeException undecodable) {
            return rawBytes(part);
        }
    }

    static byte[] rawBytes(Part part) {
        try (InputStream in = raw(part)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException | MessagingException unreadable) {
            return new byte[0];
        }
    }

    private static InputStream raw(Part part) throws MessagingException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return null;
    }

    static List<Part> parts(Multipart multipart) {
        List<Part> parts = new ArrayList<>();
        try {
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.add(multipart.getBodyPart(i));
            }
        } catch (MessagingException unreadable) {
            return parts;
        }
        return parts;
    }

    /** Of alternative parts, plain text when it says something, else HTML, else the last. */
    static Part preferred(List<Part> parts) {
        for (String wanted : List.of("text/plain", "text/html")) {
            for (Part part : parts) {
                if (baseType(part).equals(wanted) && bytes(part).length > 0
                        && !new String(bytes(part), MailCharsets.FALLBACK).isBlank()) {
                    return part;
                }
            }
        }
        return parts.get(parts.size() - 1);
    }
}
