package org.portico.analytics.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.portico.cases.CaseFacts;
import org.portico.cases.CaseSearch;
import org.portico.cases.ListedCase;

/**
 * Where a page of the cases behind a figure ended, as it travels in the address:
 * {@code 2025-06-02T10:15:00Z_00012345} (the basis time, then the case number).
 */
final class DrillCursor {

    private static final char SEPARATOR = '_';

    private DrillCursor() {
    }

    /** The cursor in {@code value}, or {@code null} for none or one that cannot be read. */
    static CaseFacts.Cursor parse(String value) {
        if (value == null) {
            return null;
        }
        int cut = value.lastIndexOf(SEPARATOR);
        if (cut < 1 || cut == value.length() - 1) {
            return null;
        }
        try {
            return new CaseFacts.Cursor(Instant.parse(value.substring(0, cut)),
                    value.substring(cut + 1));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The cursor after {@code last}, counted by {@code basis}. */
    static String after(ListedCase last, CaseSearch.Basis basis) {
        Instant at = switch (basis) {
            case OPENED -> last.createdAt();
            case RESPONDED -> last.firstResponseAt();
            case SOLVED -> last.solvedAt();
        };
        return at + String.valueOf(SEPARATOR) + last.number();
    }
}
