package org.portico.analytics.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV (RFC 4180) whose cells a spreadsheet never runs: a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe.
 */
final class Csv {

    private Csv() {
    }

    static String of(List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")
                || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
