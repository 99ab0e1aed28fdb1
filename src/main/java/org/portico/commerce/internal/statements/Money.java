package org.portico.commerce.internal.statements;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How statements write amounts ({@code 1,234.50}, {@code -80.00}) and dates
 * ({@code 2026-11-03}, in UTC) in every language and document.
 */
final class Money {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE
            .withZone(ZoneOffset.UTC);

    private Money() {
    }

    static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(
                Locale.ROOT));
        return format.format(amount);
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }
}
