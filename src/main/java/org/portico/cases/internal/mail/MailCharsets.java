package org.portico.cases.internal.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Charsets as mail declares them. Names are matched leniently; a few are read as the superset
 * that senders really mean (GB2312 as GBK, Shift_JIS as Windows-31J, ISO-8859-1 as
 * Windows-1252). Text in an unknown or missing charset is read as UTF-8 when it is valid
 * UTF-8 and as Windows-1252 otherwise, so no byte is ever dropped.
 */
final class MailCharsets {

    static final Charset FALLBACK = Charset.forName("windows-1252");

    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"),
            Map.entry("x-gbk", "GBK"), Map.entry("cp936", "GBK"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("euc-kr", "x-windows-949"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("utf8", "UTF-8"), Map.entry("big5", "Big5-HKSCS"),
            Map.entry("iso-2022-jp", "ISO-2022-JP"), Map.entry("iso-2022-kr", "ISO-2022-KR"));

    private MailCharsets() {
    }

    /** The charset a declared name stands for, if Java knows it. */
    static Optional<Charset> find(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String name = declared.trim().replaceAll("^[\"']+|[\"';]+$", "")
                .replaceAll("\\*.*$", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(SUPERSETS.getOrDefault(name, name)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Text of bytes in a declared charset, or guessed when the charset is unknown. */
    static String decode(byte[] bytes, String declared) {
        Optional<Charset> charset = find(declared);
        if (charset.isEmpty() || charset.get().equals(FALLBACK)) {
            return guess(bytes);
        }
        return new String(bytes, charset.get());
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252. */
    static String guess(byte[] bytes) {
        return strictUtf8(bytes).orElseGet(() -> new String(bytes, FALLBACK));
    }

    static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /**
     * Repairs a header value that was read byte by byte as ISO-8859-1 (8-bit text in a header,
     * as RFC 6532 allows for UTF-8): its bytes are read again as UTF-8 or in the given charset.
     */
    static String repairRaw(String value, String charsetHint) {
        if (value == null || value.chars().noneMatch(c -> c >= 0x80)
                || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        return strictUtf8(bytes).orElseGet(() -> decode(bytes, charsetHint));
    }
}
