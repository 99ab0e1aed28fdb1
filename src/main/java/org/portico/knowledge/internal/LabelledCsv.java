package org.portico.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /**
     * A file that is not what the evaluation needs. The problem names a message
     * ({@code knowledge.evaluation.error.<problem>}) shown with the file's name and the row
     * limit, so that the command line and the upload page say the same in each language.
     */
    static final class Invalid extends RuntimeException {

        private final String problem;
        private final String file;

        Invalid(String problem) {
            this(problem, "");
        }

        private Invalid(String problem, String file) {
            super(problem);
            this.problem = problem;
            this.file = file;
        }

        /** The same problem, said of the named file. */
        Invalid in(String name) {
            return new Invalid(problem, name == null ? "" : name);
        }

        String messageKey() {
            return "knowledge.evaluation.error." + problem;
        }

        Object[] arguments() {
            return new Object[] {file, MAX_ROWS};
        }
    }

    private LabelledCsv() {
    }

    /** Reads UTF-8 bytes (with or without a byte-order mark); any other encoding is refused. */
    static List<Row> read(InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return read(new InputStreamReader(in, utf8));
        } catch (CharacterCodingException e) {
            throw new Invalid("encoding");
        }
    }

    static List<Row> read(Reader reader) throws IOException {
        List<List<String>> records = records(new BufferedReader(reader));
        if (records.isEmpty()) {
            throw new Invalid("empty");
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
        int text = header.indexOf("text");
        int category = header.indexOf("category");
        if (text < 0 || category < 0) {
            throw new Invalid("header");
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() > Math.max(text, category)
                    && !record.get(text).isBlank() && !record.get(category).isBlank()) {
                rows.add(new Row(record.get(text).strip(), record.get(category).strip()));
            }
        }
        if (rows.isEmpty()) {
            throw new Invalid("rows");
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
                throw new Invalid("too-many");
            }
            records.add(record);
        }
    }
}
