package org.portico.cases;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.portico.platform.Csv;
import org.springframework.context.MessageSource;

/**
 * A list of cases as CSV for a spreadsheet, with column names and statuses and topics in the
 * reader's language; times in UTC.
 */
public final class CaseCsv {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private CaseCsv() {
    }

    /**
     * @param owner the owner's name of a case, or {@code null} to leave the column out
     */
    public static byte[] of(List<CaseView> cases, MessageSource messages, Locale locale,
            Function<CaseView, String> owner) {
        Csv csv = new Csv();
        List<String> header = new ArrayList<>(List.of("number", "subject", "status",
                "priority", "topic", "origin", "site", "created", "updated", "solved"));
        header.replaceAll(key -> messages.getMessage("caselife.csv." + key, null, locale));
        if (owner != null) {
            header.add(messages.getMessage("caselife.csv.owner", null, locale));
        }
        csv.row(header);
        for (CaseView c : cases) {
            List<Object> row = new ArrayList<>(List.of(c.number(), c.subject(),
                    messages.getMessage("cases.status." + c.status(), null, locale),
                    messages.getMessage("caselife.priority." + c.priority(), null,
                            c.priority(), locale),
                    messages.getMessage(Topics.messageKey(c.topic()), null, c.topic(), locale),
                    c.origin(), c.site(), TIME.format(c.createdAt()), TIME.format(c.updatedAt()),
                    c.solvedAt() == null ? "" : TIME.format(c.solvedAt())));
            if (owner != null) {
                row.add(owner.apply(c));
            }
            csv.row(row);
        }
        return csv.bytes();
    }
}
