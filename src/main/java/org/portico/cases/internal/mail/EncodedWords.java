package org.portico.cases.internal.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Decodes RFC 2047 encoded words ({@code =?charset?Q|B?text?=}) in a header value, leniently:
 * whitespace between two encoded words is dropped, the bytes of adjacent words in one charset
 * are joined before decoding (a character may be split between them), spaces and question
 * marks inside a word are kept, bad Base64 padding is forgiven, an unknown charset is guessed
 * and a word that cannot be parsed is left as it is.
 */
final class EncodedWords {

    private EncodedWords() {
    }

    static String decode(String value) {
        if (value == null || !value.contains("=?")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        Pending pending = new Pending();
        int at = 0;
        while (at < value.length()) {
            Word word = Word.at(value, value.indexOf("=?", at));
            if (word == null) {
                break;
            }
            String gap = value.substring(at, word.start());
            if (pending.holdsWords() && gap.isBlank()) {
                if (!pending.sameCharset(word.charset())) {
                    out.append(pending.flush());
                }
            } else {
                out.append(pending.flush()).append(gap);
            }
            pending.add(word);
            at = word.end();
        }
        out.append(pending.flush());
        return out.append(value.substring(at)).toString();
    }

    private record Word(int start, int end, String charset, byte[] bytes) {

        static Word at(String value, int start) {
            while (start >= 0) {
                Word word = parse(value, start);
                if (word != null) {
                    return word;
                }
                start = value.indexOf("=?", start + 2);
            }
            return null;
        }

        private static Word parse(String value, int start) {
            int charsetEnd = value.indexOf('?', start + 2);
            if (charsetEnd < 0 || charsetEnd + 2 >= value.length()
                    || value.charAt(charsetEnd + 2) != '?') {
                return null;
            }
            char encoding = Character.toUpperCase(value.charAt(charsetEnd + 1));
            int textEnd = value.indexOf("?=", charsetEnd + 3);
            String charset = value.substring(start + 2, charsetEnd);
            if (textEnd < 0 || (encoding != 'Q' && encoding != 'B') || charset.isBlank()
                    || charset.contains(" ")) {
                return null;
            }
            String text = value.substring(charsetEnd + 3, textEnd);
            byte[] bytes = encoding == 'B' ? base64(text) : quoted(text);
            return new Word(start, textEnd + 2, charset.toLowerCase(Locale.ROOT), bytes);
        }
    }

    /** Bytes of adjacent words in one charset, decoded together. */
    private static final class Pending {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private String charset;

        boolean holdsWords() {
            return charset != null;
        }

        boolean sameCharset(String other) {
            return charset == null || charset.equals(other);
        }

        void add(Word word) {
            charset = word.charset();
            bytes.writeBytes(word.bytes());
        }

        String flush() {
            if (charset == null) {
                return "";
            }
            String text = MailCharsets.decode(bytes.toByteArray(), charset);
            bytes.reset();
            charset = null;
            return text;
        }
    }

    static byte[] base64(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
        if (clean.length() % 4 == 1) {
            clean = clean.substring(0, clean.length() - 1);
        }
        clean += "==".substring(0, (4 - clean.length() % 4) % 4);
        return Base64.getDecoder().decode(clean);
    }

    static byte[] quoted(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && isHex(text, i + 1)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x100) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String text, int at) {
        return at + 1 < text.length() && Character.digit(text.charAt(at), 16) >= 0
                && Character.digit(text.charAt(at + 1), 16) >= 0;
    }
}
