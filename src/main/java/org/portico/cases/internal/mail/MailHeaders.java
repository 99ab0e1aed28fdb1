package org.portico.cases.internal.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header fields of a message as its bytes carry them, unfolded, read leniently: lines that
 * are no header field (an mbox {@code From } line, garbage) are skipped, and 8-bit text is read
 * as UTF-8 when it is valid UTF-8 and in the message's declared charset otherwise.
 */
final class MailHeaders {

    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private final List<Field> fields;
    private final String charsetHint;

    private MailHeaders(List<Field> fields) {
        this.fields = fields;
        String type = raw("content-type");
        Matcher charset = CHARSET.matcher(type == null ? "" : type);
        this.charsetHint = charset.find() ? charset.group(1) : null;
    }

    static MailHeaders parse(byte[] message) {
        List<Field> fields = new ArrayList<>();
        String text = new String(message, 0, headerLength(message), StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r?\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (!fields.isEmpty()) {
                    fields.get(fields.size() - 1).value.append(line);
                }
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon > 0 ? line.substring(0, colon).trim() : "";
            if (!name.isEmpty() && name.chars().noneMatch(Character::isWhitespace)) {
                fields.add(new Field(name.toLowerCase(Locale.ROOT),
                        new StringBuilder(line.substring(colon + 1))));
            }
        }
        return new MailHeaders(fields);
    }

    private static int headerLength(byte[] message) {
        for (int i = 0; i + 1 < message.length; i++) {
            if (message[i] == '\n' && (message[i + 1] == '\n'
                    || (message[i + 1] == '\r' && i + 2 < message.length
                            && message[i + 2] == '\n'))) {
                return i + 1;
            }
        }
        return message.length;
    }

    /** The first field of that name as it stands (8-bit text as Latin-1), or {@code null}. */
    String raw(String name) {
        return fields.stream().filter(f -> f.name.equals(name)).findFirst()
                .map(f -> f.value.toString().trim()).orElse(null);
    }

    List<String> rawAll(String name) {
        return fields.stream().filter(f -> f.name.equals(name))
                .map(f -> f.value.toString().trim()).toList();
    }

    /** The first field of that name as text: 8-bit text repaired, encoded words decoded. */
    String text(String name) {
        return text(raw(name), charsetHint);
    }

    String charsetHint() {
        return charsetHint;
    }

    boolean has(String name) {
        return raw(name) != null;
    }

    static String text(String raw, String charsetHint) {
        if (raw == null) {
            return null;
        }
        return EncodedWords.decode(MailCharsets.repairRaw(raw, charsetHint))
                .replace("\u0000", "").trim();
    }

    private record Field(String name, StringBuilder value) {
    }
}
