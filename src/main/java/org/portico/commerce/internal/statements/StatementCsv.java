package org.portico.commerce.internal.statements;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementLine;
import org.portico.commerce.StatementSummary;
import org.portico.platform.Csv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A statement as CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads
 * Chinese), a header row, the opening balance, one row per entry and the closing balance.
 * Fields are quoted as RFC 4180 says; amounts are plain decimals with a dot (a credit keeps its
 * minus sign), while references and descriptions never start a spreadsheet formula.
 */
@Component
class StatementCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    private final MessageSource messages;

    StatementCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(StatementDetail statement, Locale language) {
        StatementSummary s = statement.summary();
        StringBuilder csv = new StringBuilder();
        row(csv, List.of(label("date", language), label("kind", language),
                label("reference", language), label("description", language),
                label("amount", language), label("balance", language),
                label("currency", language)));
        row(csv, List.of(s.periodStart().toString(), label("opening", language), s.number(), "",
                "", s.opening().toPlainString(), s.currency()));
        for (StatementLine line : statement.lines()) {
            row(csv, List.of(Money.day(line.occurredAt()),
                    label("kind." + line.kind(), language), Csv.asText(line.reference()),
                    Csv.asText(line.description()), line.amount().toPlainString(),
                    line.balance().toPlainString(), s.currency()));
        }
        row(csv, List.of(s.periodEnd().toString(), label("closing", language), s.number(), "",
                "", s.closing().toPlainString(), s.currency()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    private String label(String key, Locale language) {
        return messages.getMessage("statements.doc." + key, null, language);
    }
}
