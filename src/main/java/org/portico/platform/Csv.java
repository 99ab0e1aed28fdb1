package org.portico.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Comma-separated values that spreadsheets open safely: UTF-8 with a byte-order mark (so
 * Excel reads the encoding), every cell quoted when it holds a comma, quote or line break,
 * and a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return prefixed with {@code '} so that it shows as text instead of running as a formula.
 */
public final class Csv {

    /** The UTF-8 byte-order mark. */
    public static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    /** Adds one row, ended by CRLF. */
    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Free text that a spreadsheet shows as typed: prefixed with {@code '} when it starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return. Not for numbers,
     * whose minus sign must stay a number.
     */
    public static String asText(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** One cell, neutralised and quoted as needed; {@code null} is an empty cell. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String cell = asText(value.toString());
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || cell.startsWith(" ") || cell.endsWith(" ")) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
