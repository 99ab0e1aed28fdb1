package org.portico.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the evaluation files: CSV with a header naming the columns {@code text} and
 * {@code category} (in either order), fields optionally in double quotes, quotes doubled
 * inside them, line breaks allowed inside quotes.
 */
final class LabelledCsv {

    static final int MAX_ROWS = 200_000;

    /** One labelled text. */
    record Row(String text, String category) {
    }

    /** A file that is not what the evaluation needs. */
    static final class Invalid extends RuntimeException {

        Invalid(String message) {
            super(message);
        }
    }

    private LabelledCsv() {
    }

    static List<Row> read(Reader reader) throws IOException {
        List<List<String>> records = records(new BufferedReader(reader));
        if (records.isEmpty()) {
            throw new Invalid("the file is empty");
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
        int text = header.indexOf("text");
        int category = header.indexOf("category");
        if (text < 0 || category < 0) {
            throw new Invalid("the header must name the columns text and category");
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() > Math.max(text, category)
                    && !record.get(text).isBlank() && !record.get(category).isBlank()) {
                rows.add(new Row(record.get(text).strip(), record.get(category).strip()));
            }
        }
        if (rows.isEmpty()) {
            throw new Invalid("the file has no rows");
        }
        return rows;
    }

    private static List<List<String>> records(Reader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                endRecord(records, record, field);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        endRecord(records, record, field);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record,
            StringBuilder field) {
        record.add(field.toString());
        field.setLength(0);
        if (!(record.size() == 1 && record.get(0).isEmpty())) {
            if (records.size() > MAX_ROWS) {
                throw new Invalid("the file has more than " + MAX_ROWS + " rows");
            }
            records.add(record);
        }
    }
}
