package org.portico.messaging.internal.bot;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV text into records: fields in double quotes may hold commas, line breaks
 * and doubled quotes.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                endRecord(records, record, field);
                record = new ArrayList<>();
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
            }
        }
        endRecord(records, record, field);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record,
            StringBuilder field) {
        record.add(field.toString());
        field.setLength(0);
        if (record.size() > 1 || !record.get(0).isBlank()) {
            records.add(record);
        }
    }
}
